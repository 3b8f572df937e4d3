package io.gatehouse.domain.identity;

import io.gatehouse.domain.shared.DomainException;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/** Handles: empty, or 2..64 characters, a letter first, letters or digits last. */
public final class Handles {
    public static final int MAX_LENGTH = 64;
    private static final Pattern VALID = Pattern.compile("^[A-Za-z][0-9A-Za-z_\\-.]*[A-Za-z0-9]$");

    private Handles() {
    }

    public static boolean isValid(String handle) {
        return handle.isEmpty() || (handle.length() <= MAX_LENGTH && VALID.matcher(handle).matches());
    }

    public static String validate(String handle) {
        String h = handle == null ? "" : handle.trim();
        if (!isValid(h)) {
            throw new DomainException.Invalid("invalid handle");
        }
        return h;
    }

    /**
     * The reference's automatic handle: the first of the candidates that, once transformed
     * ("john doe" to "johnDoe"), is valid and not taken.
     */
    public static Optional<String> generate(Predicate<String> taken, String... candidates) {
        for (String candidate : candidates) {
            String h = transform(candidate);
            if (!h.isEmpty() && isValid(h) && !taken.test(h)) {
                return Optional.of(h);
            }
        }
        return Optional.empty();
    }

    static String transform(String candidate) {
        if (candidate == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        boolean first = true;
        for (String word : candidate.trim().split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            if (first) {
                out.append(word);
                first = false;
            } else {
                out.append(word.substring(0, 1).toUpperCase(Locale.ROOT)).append(word.substring(1));
            }
        }
        String cleaned = out.toString().replaceAll("[^0-9A-Za-z_.\\-]", "");
        return cleaned.length() > MAX_LENGTH ? cleaned.substring(0, MAX_LENGTH) : cleaned;
    }
}
