package io.gatehouse.adapters.rest.http;

/** The API base path in canonical form: empty for the root, else "/x" with no trailing slash. */
public final class ApiPaths {
    private ApiPaths() {
    }

    public static String normalise(String basePath) {
        if (basePath == null) {
            return "";
        }
        String p = basePath.trim();
        while (p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        if (!p.isEmpty() && !p.startsWith("/")) {
            p = "/" + p;
        }
        return p;
    }
}
