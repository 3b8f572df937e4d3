package io.gatehouse.domain.testing.memory;

import io.gatehouse.domain.rbac.Access;
import io.gatehouse.domain.rbac.Operations;
import io.gatehouse.domain.rbac.Resources;
import io.gatehouse.domain.rbac.Roles;
import io.gatehouse.domain.rbac.Rule;
import io.gatehouse.domain.role.Role;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What the first migration provisions, as data: the two built-in roles and the default rules
 * (reference-behaviour section 3.6, plus the operations Gatehouse adds, which Administrators hold).
 */
public final class Provisioning {
    public static final Instant PROVISIONED_AT = Instant.parse("2020-01-01T00:00:00Z");
    /** The rule version of a freshly provisioned store. */
    public static final long INITIAL_RULE_VERSION = 1;

    public static final Role EVERYONE = new Role(Roles.EVERYONE, "Everyone", "everyone", 0, PROVISIONED_AT,
            null, null, null);
    public static final Role ADMINISTRATORS = new Role(Roles.ADMINISTRATORS, "Administrators", "admins", 0,
            PROVISIONED_AT, null, null, null);
    public static final List<Role> ROLES = List.of(EVERYONE, ADMINISTRATORS);

    public static final List<Rule> RULES;

    static {
        List<Rule> rules = new ArrayList<>();
        for (String type : List.of(Resources.USER, Resources.APPLICATION, Resources.ROLE, Resources.ORGANISATION)) {
            rules.add(allow(Roles.EVERYONE, Resources.wildcard(type), Operations.READ));
        }
        for (String op : List.of(Operations.ACCESS, Operations.GRANT, Operations.SETTINGS_READ,
                Operations.SETTINGS_MANAGE, Operations.ORGANISATION_CREATE, Operations.APPLICATION_CREATE,
                Operations.USER_CREATE, Operations.ROLE_CREATE, Operations.REMINDER_ASSIGN, Operations.IMPERSONATE,
                Operations.ACTIONLOG_READ)) {
            rules.add(allow(Roles.ADMINISTRATORS, Resources.SYSTEM, op));
        }
        admins(rules, Resources.APPLICATION, Operations.READ, Operations.UPDATE, Operations.DELETE);
        admins(rules, Resources.USER, Operations.READ, Operations.UPDATE, Operations.SUSPEND, Operations.UNSUSPEND,
                Operations.DELETE, Operations.UNMASK_EMAIL, Operations.UNMASK_NAME);
        admins(rules, Resources.ROLE, Operations.READ, Operations.UPDATE, Operations.DELETE,
                Operations.MEMBERS_MANAGE);
        admins(rules, Resources.ORGANISATION, Operations.ACCESS, Operations.READ, Operations.UPDATE,
                Operations.DELETE, Operations.ARCHIVE);
        RULES = List.copyOf(rules);
    }

    private Provisioning() {
    }

    private static void admins(List<Rule> rules, String type, String... operations) {
        for (String op : operations) {
            rules.add(allow(Roles.ADMINISTRATORS, Resources.wildcard(type), op));
        }
    }

    private static Rule allow(long roleId, String resource, String operation) {
        return new Rule(roleId, resource, operation, Access.ALLOW);
    }
}
