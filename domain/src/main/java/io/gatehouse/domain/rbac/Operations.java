package io.gatehouse.domain.rbac;

import io.gatehouse.domain.shared.DomainException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The whitelist of (resource type, operation) pairs, in the reference's order, plus the
 * operations Gatehouse adds ({@code impersonate}, {@code actionlog.read} and the organisation
 * operations).
 */
public final class Operations {
    public static final String ACCESS = "access";
    public static final String GRANT = "grant";
    public static final String SETTINGS_READ = "settings.read";
    public static final String SETTINGS_MANAGE = "settings.manage";
    public static final String ORGANISATION_CREATE = "organisation.create";
    public static final String ROLE_CREATE = "role.create";
    public static final String USER_CREATE = "user.create";
    public static final String APPLICATION_CREATE = "application.create";
    public static final String REMINDER_ASSIGN = "reminder.assign";
    public static final String IMPERSONATE = "impersonate";
    public static final String ACTIONLOG_READ = "actionlog.read";

    public static final String READ = "read";
    public static final String UPDATE = "update";
    public static final String DELETE = "delete";
    public static final String ARCHIVE = "archive";
    public static final String SUSPEND = "suspend";
    public static final String UNSUSPEND = "unsuspend";
    public static final String UNMASK_EMAIL = "unmask.email";
    public static final String UNMASK_NAME = "unmask.name";
    public static final String MEMBERS_MANAGE = "members.manage";

    private static final Map<String, List<String>> WHITELIST = new LinkedHashMap<>();

    static {
        WHITELIST.put(Resources.SYSTEM, List.of(ACCESS, GRANT, SETTINGS_READ, SETTINGS_MANAGE,
                ORGANISATION_CREATE, ROLE_CREATE, USER_CREATE, APPLICATION_CREATE, REMINDER_ASSIGN,
                IMPERSONATE, ACTIONLOG_READ));
        WHITELIST.put(Resources.ORGANISATION, List.of(ACCESS, READ, UPDATE, DELETE, ARCHIVE));
        WHITELIST.put(Resources.APPLICATION, List.of(READ, UPDATE, DELETE));
        WHITELIST.put(Resources.USER, List.of(READ, UPDATE, DELETE, SUSPEND, UNSUSPEND, UNMASK_EMAIL, UNMASK_NAME));
        WHITELIST.put(Resources.ROLE, List.of(READ, UPDATE, DELETE, MEMBERS_MANAGE));
    }

    private Operations() {
    }

    /** Every (resource type, operation) pair in whitelist order. */
    public static List<Map.Entry<String, String>> whitelist() {
        List<Map.Entry<String, String>> all = new ArrayList<>();
        WHITELIST.forEach((resource, ops) -> ops.forEach(op -> all.add(Map.entry(resource, op))));
        return all;
    }

    public static List<String> of(String resourceType) {
        return WHITELIST.getOrDefault(resourceType, List.of());
    }

    public static boolean isAllowed(String resource, String operation) {
        if (resource == null || resource.isEmpty() || resource.endsWith(":")) {
            return false;
        }
        String prefix = Resources.prefix(resource);
        if (!prefix.equals(Resources.SYSTEM)) {
            String tail = resource.substring(prefix.length());
            long id = Resources.idOf(resource);
            if (!tail.equals(Resources.WILDCARD) && (id <= 0 || !resource.equals(Resources.of(prefix, id)))) {
                return false; // only canonical IDs: a rule on "system:user:007" could never match
            }
        }
        return WHITELIST.getOrDefault(prefix, List.of()).contains(operation);
    }

    /** Validates a rule against the whitelist; the message names the bad rule. */
    public static void requireValid(Rule rule) {
        if (!isAllowed(rule.resource(), rule.operation())) {
            throw new DomainException.Invalid("invalid rule: '" + rule.operation() + "' on '" + rule.resource() + "'");
        }
    }
}
