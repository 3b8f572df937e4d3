package io.gatehouse.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The IDOR guard: every endpoint that takes an ID, called by six personas, must give the
 * contract's answer. A new endpoint that takes an ID joins the list in {@link #cases()}.
 *
 * <p>Personas: anonymous; a user with no grants; a user allowed the operation on that one
 * resource; a user allowed it on the wildcard; a user denied it on that resource but allowed on
 * the wildcard; an administrator. Each call gets a fresh target, prepared by the administrator.
 * Reminders are governed by their assignee and creator, not by rules on the reminder, so their
 * matrix (with those personas) is in {@link RemindersIT}.
 */
class AuthorizationMatrixIT extends ServerFixture {
    enum Persona { ANONYMOUS, NO_GRANTS, SPECIFIC, WILDCARD, DENIED_SPECIFIC, ADMIN }

    /**
     * One endpoint: the resource type and operation it needs, how to prepare a target, how to
     * call it, the status of an allowed call, and whether Everyone's default rules allow it.
     */
    record Case(String name, String typePrefix, String operation, Supplier<String> target,
                BiFunction<Api, String, Api.Reply> call, int allowedStatus, boolean everyoneAllowed) {
        int expected(Persona p) {
            return switch (p) {
                case ANONYMOUS -> 401;
                case NO_GRANTS -> everyoneAllowed ? allowedStatus : 403;
                case SPECIFIC, ADMIN -> allowedStatus;
                case WILDCARD -> typePrefix.equals("system") ? 403 : allowedStatus;
                case DENIED_SPECIFIC -> 403;
            };
        }
    }

    private final Map<Persona, Api> apis = new java.util.EnumMap<>(Persona.class);
    private final Map<Persona, String> userIds = new java.util.EnumMap<>(Persona.class);
    private String member;
    private String organisation;
    private int seq;

    @BeforeAll
    void personas() {
        apis.put(Persona.ANONYMOUS, anonymous);
        apis.put(Persona.ADMIN, admin);
        for (Persona p : List.of(Persona.NO_GRANTS, Persona.SPECIFIC, Persona.WILDCARD, Persona.DENIED_SPECIFIC)) {
            SignedUp u = signUp(p.name().toLowerCase().replace('_', '-'));
            apis.put(p, u.api());
            userIds.put(p, u.userId());
        }
        member = signUp("member").userId();
        organisation = id(admin.post("/organisations/", "name", "Matrix Org"), "organisationID");
    }

    @TestFactory
    List<DynamicTest> everyEndpointAnswersEveryPersonaAsTheContractSays() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Case c : cases()) {
            for (Persona p : Persona.values()) {
                tests.add(dynamicTest(c.name() + " as " + p, () -> run(c, p)));
            }
        }
        return tests;
    }

    private void run(Case c, Persona persona) {
        String spec = role();
        String wild = role();
        String denied = role();
        try {
            join(spec, Persona.SPECIFIC);
            join(wild, Persona.WILDCARD);
            join(denied, Persona.DENIED_SPECIFIC);
            String target = c.target().get();
            String specific = c.typePrefix().equals("system") ? "system" : c.typePrefix() + target;
            grant(spec, specific, c.operation(), "allow");
            grant(denied, specific, c.operation(), "deny");
            if (!c.typePrefix().equals("system")) {
                grant(wild, c.typePrefix() + "*", c.operation(), "allow");
                grant(denied, c.typePrefix() + "*", c.operation(), "allow");
            }
            Api.Reply reply = c.call().apply(apis.get(persona), target);
            assertEquals(c.expected(persona), reply.status(), c.name() + " as " + persona + ": " + reply);
        } finally {
            for (String r : List.of(spec, wild, denied)) {
                admin.delete("/roles/" + r);
            }
        }
    }

    private List<Case> cases() {
        String u = "system:user:";
        String r = "system:role:";
        String o = "system:organisation:";
        String app = "system:application:";
        List<Case> cases = new ArrayList<>();
        cases.add(new Case("GET /users/{id}", u, "read", this::user, (a, t) -> a.get("/users/" + t), 200, true));
        cases.add(new Case("PUT /users/{id}", u, "update", this::user,
                (a, t) -> a.put("/users/" + t, "email", "m" + t + "@example.test", "name", "Changed"), 200, false));
        cases.add(new Case("DELETE /users/{id}", u, "delete", this::user, (a, t) -> a.delete("/users/" + t), 200, false));
        cases.add(new Case("POST /users/{id}/undelete", u, "delete", this::deletedUser,
                (a, t) -> a.post("/users/" + t + "/undelete"), 200, false));
        cases.add(new Case("POST /users/{id}/suspend", u, "suspend", this::user,
                (a, t) -> a.post("/users/" + t + "/suspend"), 200, false));
        cases.add(new Case("POST /users/{id}/unsuspend", u, "unsuspend", this::suspendedUser,
                (a, t) -> a.post("/users/" + t + "/unsuspend"), 200, false));
        cases.add(new Case("POST /users/{id}/password", u, "update", this::user,
                (a, t) -> a.post("/users/" + t + "/password", "password", "a fine new password"), 200, false));
        cases.add(new Case("GET /users/{id}/membership", u, "read", this::user,
                (a, t) -> a.get("/users/" + t + "/membership"), 200, true));
        cases.add(new Case("POST /users/{id}/trigger", u, "read", this::user,
                (a, t) -> a.post("/users/" + t + "/trigger", "script", "none"), 404, true));
        cases.add(new Case("POST /users/{id}/membership/{roleID}", r, "members.manage", this::plainRole,
                (a, t) -> a.post("/users/" + member + "/membership/" + t), 200, false));
        cases.add(new Case("DELETE /users/{id}/membership/{roleID}", r, "members.manage", this::roleWithMember,
                (a, t) -> a.delete("/users/" + member + "/membership/" + t), 200, false));

        cases.add(new Case("GET /roles/{id}", r, "read", this::plainRole, (a, t) -> a.get("/roles/" + t), 200, true));
        cases.add(new Case("PUT /roles/{id}", r, "update", this::plainRole,
                (a, t) -> a.put("/roles/" + t, "name", "Renamed " + t), 200, false));
        cases.add(new Case("DELETE /roles/{id}", r, "delete", this::plainRole, (a, t) -> a.delete("/roles/" + t), 200, false));
        cases.add(new Case("POST /roles/{id}/undelete", r, "delete", this::deletedRole,
                (a, t) -> a.post("/roles/" + t + "/undelete"), 200, false));
        cases.add(new Case("POST /roles/{id}/archive", r, "update", this::plainRole,
                (a, t) -> a.post("/roles/" + t + "/archive"), 200, false));
        cases.add(new Case("POST /roles/{id}/unarchive", r, "update", this::archivedRole,
                (a, t) -> a.post("/roles/" + t + "/unarchive"), 200, false));
        cases.add(new Case("POST /roles/{id}/move", r, "update", this::plainRole,
                (a, t) -> a.post("/roles/" + t + "/move", "organisationID", organisation), 200, false));
        cases.add(new Case("GET /roles/{id}/members", r, "read", this::plainRole,
                (a, t) -> a.get("/roles/" + t + "/members"), 200, true));
        cases.add(new Case("POST /roles/{id}/member/{userID}", r, "members.manage", this::plainRole,
                (a, t) -> a.post("/roles/" + t + "/member/" + member), 200, false));
        cases.add(new Case("DELETE /roles/{id}/member/{userID}", r, "members.manage", this::roleWithMember,
                (a, t) -> a.delete("/roles/" + t + "/member/" + member), 200, false));
        cases.add(new Case("POST /roles/{id}/trigger", r, "read", this::plainRole,
                (a, t) -> a.post("/roles/" + t + "/trigger", "script", "none"), 404, true));

        cases.add(new Case("GET /organisations/{id}", o, "read", this::org,
                (a, t) -> a.get("/organisations/" + t), 200, true));
        cases.add(new Case("PUT /organisations/{id}", o, "update", this::org,
                (a, t) -> a.put("/organisations/" + t, "name", "Renamed Org"), 200, false));
        cases.add(new Case("DELETE /organisations/{id}", o, "delete", this::org,
                (a, t) -> a.delete("/organisations/" + t), 200, false));
        cases.add(new Case("POST /organisations/{id}/archive", o, "archive", this::org,
                (a, t) -> a.post("/organisations/" + t + "/archive"), 200, false));

        cases.add(new Case("GET /application/{id}", app, "read", this::application,
                (a, t) -> a.get("/application/" + t), 200, true));
        cases.add(new Case("PUT /application/{id}", app, "update", this::application,
                (a, t) -> a.put("/application/" + t, "name", "Renamed App " + t), 200, false));
        cases.add(new Case("DELETE /application/{id}", app, "delete", this::application,
                (a, t) -> a.delete("/application/" + t), 200, false));
        cases.add(new Case("POST /application/{id}/undelete", app, "delete", this::deletedApplication,
                (a, t) -> a.post("/application/" + t + "/undelete"), 200, false));
        cases.add(new Case("POST /application/{id}/trigger", app, "read", this::application,
                (a, t) -> a.post("/application/" + t + "/trigger", "script", "none"), 404, true));

        cases.add(new Case("GET /permissions/{roleID}/rules", "system", "grant", this::plainRole,
                (a, t) -> a.get("/permissions/" + t + "/rules"), 200, false));
        cases.add(new Case("PATCH /permissions/{roleID}/rules", "system", "grant", this::plainRole,
                (a, t) -> a.patch("/permissions/" + t + "/rules", "rules",
                        List.of(Map.of("resource", "system", "operation", "user.create", "access", "allow"))), 200, false));
        cases.add(new Case("DELETE /permissions/{roleID}/rules", "system", "grant", this::plainRole,
                (a, t) -> a.delete("/permissions/" + t + "/rules"), 200, false));
        cases.add(new Case("POST /auth/impersonate {userID}", "system", "impersonate", this::user,
                (a, t) -> a.post("/auth/impersonate", "userID", t), 200, false));
        return cases;
    }

    private String user() {
        int n = ++seq;
        return id(admin.post("/users/", "email", "target" + n + "@example.test", "name", "Target " + n), "userID");
    }

    private String deletedUser() {
        String id = user();
        admin.delete("/users/" + id);
        return id;
    }

    private String suspendedUser() {
        String id = user();
        admin.post("/users/" + id + "/suspend");
        return id;
    }

    private String role() {
        int n = ++seq;
        return id(admin.post("/roles/", "name", "Matrix " + n, "handle", "matrix-" + n), "roleID");
    }

    private String plainRole() {
        return role();
    }

    private String deletedRole() {
        String id = role();
        admin.delete("/roles/" + id);
        return id;
    }

    private String archivedRole() {
        String id = role();
        admin.post("/roles/" + id + "/archive");
        return id;
    }

    private String roleWithMember() {
        String id = role();
        admin.post("/roles/" + id + "/member/" + member);
        return id;
    }

    private String org() {
        return id(admin.post("/organisations/", "name", "Org " + (++seq)), "organisationID");
    }

    private String application() {
        return id(admin.post("/application/", "name", "Matrix App " + (++seq)), "applicationID");
    }

    private String deletedApplication() {
        String id = application();
        admin.delete("/application/" + id);
        return id;
    }

    private void join(String roleId, Persona persona) {
        Api.Reply r = admin.post("/roles/" + roleId + "/member/" + userIds.get(persona));
        assertEquals(200, r.status(), r.toString());
    }

    private void grant(String roleId, String resource, String operation, String access) {
        Api.Reply r = admin.patch("/permissions/" + roleId + "/rules", "rules",
                List.of(Map.of("resource", resource, "operation", operation, "access", access)));
        assertEquals(200, r.status(), r.toString());
    }
}
