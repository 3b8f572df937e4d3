package io.gatehouse.bootstrap.e2e;

import static io.gatehouse.bootstrap.e2e.UsersIT.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * {@code /reminder/} end to end. A reminder is visible and changeable only by its assignee, its
 * creator and holders of {@code system} {@code reminder.assign}; to anyone else it is 404.
 */
class RemindersIT extends ServerFixture {
    private static final String NOT_ALLOWED = "not allowed to assign reminders to other users";

    private SignedUp ann;
    private SignedUp bob;
    private SignedUp holder;
    private String assignersRole;

    @BeforeAll
    void users() {
        ann = signUp("ann");
        bob = signUp("bob");
        holder = signUp("holder");
        assignersRole = id(admin.post("/roles/", "name", "Reminder Assigners", "handle", "reminder-assigners",
                "members", List.of(holder.userId())), "roleID");
        grantReminderAssign(assignersRole);
    }

    private void grantReminderAssign(String roleId) {
        Api.Reply r = admin.patch("/permissions/" + roleId + "/rules", "rules",
                List.of(Map.of("resource", "system", "operation", "reminder.assign", "access", "allow")));
        assertEquals(200, r.status(), r.toString());
    }

    private static String reminder(Api as, String assignee, String resource, String remindAt) {
        Api.Reply r = as.post("/reminder/", "resource", resource, "assignedTo", assignee, "remindAt", remindAt);
        assertEquals(200, r.status(), r.toString());
        return id(r, "reminderID");
    }

    private static JsonNode list(Api as, String query) {
        Api.Reply r = as.get("/reminder/" + query);
        assertEquals(200, r.status(), r.toString());
        return r.response();
    }

    private static List<String> listed(Api as, String query) {
        return ids(list(as, query).path("set"));
    }

    private static List<String> ids(JsonNode set) {
        List<String> ids = new ArrayList<>();
        set.forEach(n -> ids.add(n.path("reminderID").asText()));
        return ids;
    }

    private static long count(Api as, String query) {
        return list(as, query).path("filter").path("count").asLong();
    }

    @Test
    void aUserCreatesAReminderForThemselvesInTheReferenceShape() {
        Api.Reply created = ann.api().post("/reminder/", "resource", "compose:record:1", "assignedTo", ann.userId(),
                "payload", Map.of("title", "Call Bob", "n", 2), "remindAt", "2030-01-01T10:00:00Z");
        assertEquals(200, created.status(), created.toString());
        JsonNode r = created.response();
        String id = r.path("reminderID").asText();
        assertTrue(r.path("reminderID").isTextual() && !id.equals("0"));
        assertEquals("compose:record:1", r.path("resource").asText());
        assertEquals("Call Bob", r.path("payload").path("title").asText());
        assertEquals(2, r.path("payload").path("n").asInt());
        assertTrue(r.path("snoozeCount").isNumber());
        assertEquals(0, r.path("snoozeCount").asInt());
        assertEquals(ann.userId(), r.path("assignedTo").asText());
        assertEquals(ann.userId(), r.path("assignedBy").asText());
        assertTrue(r.path("assignedBy").isTextual());
        assertTrue(r.path("assignedAt").isTextual());
        assertEquals("0", r.path("dismissedBy").asText());
        assertTrue(r.has("dismissedAt") && r.path("dismissedAt").isNull());
        assertEquals("2030-01-01T10:00:00Z", r.path("remindAt").asText());
        assertTrue(r.path("createdAt").isTextual());
        assertFalse(r.has("updatedAt"));
        assertFalse(r.has("deletedAt"));

        Api.Reply read = ann.api().get("/reminder/" + id);
        assertEquals(200, read.status(), read.toString());
        assertEquals(r, read.response());
        Api.Reply logged = admin.get("/actionlog/?resource=system:reminder:" + id + "&action=create");
        assertEquals(1, logged.response().path("filter").path("count").asInt(), logged.toString());
    }

    @Test
    void withoutAPayloadOrRemindAtTheReminderIsEmptyAndUnscheduled() {
        Api.Reply created = ann.api().post("/reminder", "resource", "bare", "assignedTo", ann.userId());
        assertEquals(200, created.status(), created.toString());
        assertTrue(created.response().path("payload").isObject());
        assertEquals(0, created.response().path("payload").size());
        assertTrue(created.response().has("remindAt") && created.response().path("remindAt").isNull());
    }

    @Test
    void formBodiesCarryThePayloadAsJsonText() {
        String body = "resource=form%3A1&assignedTo=" + ann.userId() + "&payload=%7B%22a%22%3A1%7D";
        Api.Reply created = ann.api().send("POST", "/reminder/", "application/x-www-form-urlencoded", body);
        assertEquals(200, created.status(), created.toString());
        assertEquals(1, created.response().path("payload").path("a").asInt());
    }

    @Test
    void assigningToSomeoneElseNeedsReminderAssignAndARefusalWritesNothing() {
        Api.Reply refused = ann.api().post("/reminder/", "resource", "refused:assign", "assignedTo", bob.userId());
        assertEquals(403, refused.status(), refused.toString());
        assertEquals(NOT_ALLOWED, refused.error());
        assertEquals(0, count(admin, "?resource=refused:assign"));
        assertEquals(0, count(bob.api(), "?resource=refused:assign"));

        String byHolder = reminder(holder.api(), bob.userId(), "assigned:by-holder", null);
        assertEquals(holder.userId(), bob.api().get("/reminder/" + byHolder).response().path("assignedBy").asText());
        String byAdmin = reminder(admin, bob.userId(), "assigned:by-admin", null);
        assertEquals(List.of(byHolder, byAdmin), listed(bob.api(), "?resource=assigned:"));
    }

    @Test
    void theAssigneeMustBeAnExistingUser() {
        Api.Reply unknown = admin.post("/reminder/", "resource", "ghost", "assignedTo", "999999");
        assertEquals(400, unknown.status(), unknown.toString());
        assertTrue(unknown.error().contains("assignedTo"), unknown.error());
        SignedUp gone = signUp("gone");
        assertTrue(admin.delete("/users/" + gone.userId()).isOk());
        assertEquals(400, admin.post("/reminder/", "resource", "ghost", "assignedTo", gone.userId()).status());
        assertEquals(0, count(admin, "?resource=ghost"));
    }

    @Test
    void otherUsersNeitherSeeNorChangeSomeoneElsesReminder() {
        SignedUp carol = signUp("carol");
        String id = reminder(ann.api(), ann.userId(), "private:ann", "2031-05-05T05:05:05Z");
        JsonNode before = ann.api().get("/reminder/" + id).response();

        List<Api.Reply> attempts = List.of(
                carol.api().get("/reminder/" + id),
                carol.api().put("/reminder/" + id, "resource", "hijacked", "assignedTo", carol.userId()),
                carol.api().patch("/reminder/" + id + "/dismiss"),
                carol.api().patch("/reminder/" + id + "/snooze", "remindAt", "2040-01-01T00:00:00Z"),
                carol.api().delete("/reminder/" + id));
        for (Api.Reply attempt : attempts) {
            assertEquals(404, attempt.status(), attempt.toString());
            assertEquals("reminder not found", attempt.error());
        }

        assertEquals(before, ann.api().get("/reminder/" + id).response());
        assertEquals(List.of(), listed(carol.api(), "?resource=private:"));
        assertEquals(0, count(carol.api(), ""));
        assertEquals(List.of(id), listed(admin, "?resource=private:ann"));
        assertEquals(List.of(id), listed(holder.api(), "?resource=private:ann"));
    }

    @Test
    void administratorsReadAndChangeAnyonesReminder() {
        String id = reminder(ann.api(), ann.userId(), "admin:can", null);
        Api.Reply put = admin.put("/reminder/" + id, "resource", "admin:changed", "assignedTo", ann.userId(),
                "payload", Map.of("by", "admin"));
        assertEquals(200, put.status(), put.toString());
        assertEquals("admin:changed", ann.api().get("/reminder/" + id).response().path("resource").asText());
        assertEquals(ann.userId(), put.response().path("assignedBy").asText(), "same assignee: assignment kept");
        assertTrue(put.response().path("updatedAt").isTextual());

        Api.Reply handedOn = admin.put("/reminder/" + id, "resource", "admin:changed", "assignedTo", bob.userId());
        assertEquals(bob.userId(), handedOn.response().path("assignedTo").asText());
        assertEquals(adminId, handedOn.response().path("assignedBy").asText());
        assertEquals(404, ann.api().get("/reminder/" + id).status(), "ann neither assignee nor creator any more");
        assertEquals(200, bob.api().get("/reminder/" + id).status());
    }

    @Test
    void theAssigneeCannotHandAReminderOnWithoutReminderAssign() {
        String id = reminder(admin, ann.userId(), "hand:on", null);
        Api.Reply refused = ann.api().put("/reminder/" + id, "resource", "hand:on", "assignedTo", bob.userId());
        assertEquals(403, refused.status(), refused.toString());
        assertEquals(NOT_ALLOWED, refused.error());
        assertEquals(ann.userId(), ann.api().get("/reminder/" + id).response().path("assignedTo").asText());
        Api.Reply kept = ann.api().put("/reminder/" + id, "resource", "hand:kept", "assignedTo", ann.userId());
        assertEquals(200, kept.status(), kept.toString());
        assertEquals(adminId, kept.response().path("assignedBy").asText());
    }

    @Test
    void theListFiltersSortsAndPages() {
        SignedUp lister = signUp("lister");
        Api as = lister.api();
        String me = lister.userId();
        String unscheduled = reminder(as, me, "system:note", null);
        String early = reminder(as, me, "compose:record:1", "2030-01-01T10:00:00Z");
        String late = reminder(as, me, "compose:module:1", "2030-01-02T10:00:00Z");
        String dismissed = reminder(as, me, "compose:record:2", "2030-01-03T10:00:00Z");
        assertTrue(as.patch("/reminder/" + dismissed + "/dismiss").isOk());

        assertEquals(List.of(unscheduled, early, late, dismissed), listed(as, ""));
        JsonNode filter = list(as, "").path("filter");
        assertEquals("remind_at", filter.path("sort").asText());
        assertEquals(4, filter.path("count").asInt());
        assertEquals(50, filter.path("limit").asInt());
        assertTrue(filter.path("reminderID").isArray());
        assertTrue(filter.has("scheduledFrom") && filter.path("scheduledFrom").isNull());

        JsonNode byId = list(as, "?reminderID[]=" + late + "&reminderID[]=" + early);
        assertEquals(List.of(early, late), ids(byId.path("set")));
        assertEquals(List.of(late, early), texts(byId.path("filter").path("reminderID")));
        assertEquals(List.of(early, late), listed(as, "?reminderID=" + late + "&reminderID=" + early));

        assertEquals(List.of(early, late, dismissed), listed(as, "?resource=COMPOSE:"));
        assertEquals(List.of(early, late), listed(as,
                "?scheduledFrom=2030-01-01T10:00:00Z&scheduledUntil=2030-01-02T10:00:00Z"));
        assertEquals(List.of(early, late, dismissed), listed(as, "?scheduledOnly=true"));
        assertEquals(List.of(unscheduled, early, late), listed(as, "?excludeDismissed=1"));
        assertEquals(List.of(early, late), listed(as, "?scheduledOnly=yes&excludeDismissed=true"));
        JsonNode assigned = list(as, "?assignedTo=" + me);
        assertEquals(me, assigned.path("filter").path("assignedTo").asText());
        assertEquals(4, assigned.path("filter").path("count").asInt());

        JsonNode sorted = list(as, "?sort=resource%20DESC");
        assertEquals(List.of(unscheduled, dismissed, early, late), ids(sorted.path("set")));
        assertEquals("resource DESC", sorted.path("filter").path("sort").asText());
        assertEquals(List.of(dismissed, late, early, unscheduled), listed(as, "?sort=remind_at%20DESC,id"));

        JsonNode page = list(as, "?limit=2&offset=1");
        assertEquals(List.of(early, late), ids(page.path("set")));
        assertEquals(4, page.path("filter").path("count").asInt());
        JsonNode paged = list(as, "?page=2&perPage=3");
        assertEquals(List.of(dismissed), ids(paged.path("set")));
        assertEquals(2, paged.path("filter").path("page").asInt());

        JsonNode none = list(as, "?resource=nothing-like-this");
        assertTrue(none.path("set").isArray());
        assertEquals(0, none.path("set").size());
        assertEquals(0, none.path("filter").path("count").asInt());
    }

    @Test
    void dismissSnoozeAndDelete() {
        String id = reminder(ann.api(), ann.userId(), "lifecycle", "2030-06-01T08:00:00Z");

        Api.Reply dismiss = ann.api().patch("/reminder/" + id + "/dismiss");
        assertTrue(dismiss.isOk(), dismiss.toString());
        JsonNode dismissedReminder = ann.api().get("/reminder/" + id).response();
        assertEquals(ann.userId(), dismissedReminder.path("dismissedBy").asText());
        assertTrue(dismissedReminder.path("dismissedAt").isTextual());

        Api.Reply snooze = ann.api().patch("/reminder/" + id + "/snooze", "remindAt", "2030-06-01T09:30:00Z");
        assertTrue(snooze.isOk(), snooze.toString());
        JsonNode snoozed = ann.api().get("/reminder/" + id).response();
        assertEquals(1, snoozed.path("snoozeCount").asInt());
        assertEquals("2030-06-01T09:30:00Z", snoozed.path("remindAt").asText());
        Api.Reply withoutTime = ann.api().patch("/reminder/" + id + "/snooze");
        assertEquals(400, withoutTime.status(), withoutTime.toString());
        assertEquals("remindAt is required", withoutTime.error());
        assertEquals(1, ann.api().get("/reminder/" + id).response().path("snoozeCount").asInt());

        Api.Reply delete = ann.api().delete("/reminder/" + id);
        assertTrue(delete.isOk(), delete.toString());
        assertEquals(404, ann.api().get("/reminder/" + id).status());
        assertEquals(404, ann.api().delete("/reminder/" + id).status());
        assertEquals(List.of(), listed(ann.api(), "?resource=lifecycle"));
        assertEquals(List.of(), listed(admin, "?reminderID[]=" + id));
    }

    @Test
    void badInputIsA400ThatNamesTheParameterAndWritesNothing() {
        String me = ann.userId();
        List<Map.Entry<Api.Reply, String>> cases = new ArrayList<>();
        Api as = ann.api();
        String path = "/reminder/";
        cases.add(Map.entry(as.post(path, "assignedTo", me), "resource is required"));
        cases.add(Map.entry(as.post(path, "resource", "bad:input"), "assignedTo is required"));
        cases.add(Map.entry(as.post(path, "resource", "bad:input", "assignedTo", "ann"), "assignedTo"));
        cases.add(Map.entry(as.post(path, "resource", "bad:input", "assignedTo", -5), "assignedTo"));
        cases.add(Map.entry(as.post(path, "resource", "bad:input", "assignedTo", me, "remindAt", "tomorrow"),
                "remindAt"));
        cases.add(Map.entry(as.post(path, "resource", "bad:input", "assignedTo", me, "payload", List.of(1, 2)),
                "payload"));
        cases.add(Map.entry(as.post(path, "resource", "bad:input", "assignedTo", me, "payload", "not json"),
                "payload"));
        cases.add(Map.entry(as.post(path, "resource", "bad:input", "assignedTo", me, "payload",
                Map.of("text", "x".repeat(70_000))), "payload"));
        cases.add(Map.entry(as.post(path, "resource", "r".repeat(513), "assignedTo", me), "resource"));
        cases.add(Map.entry(as.get(path + "?sort=payload"), "sort"));
        cases.add(Map.entry(as.get(path + "?scheduledFrom=yesterday"), "scheduledFrom"));
        cases.add(Map.entry(as.get(path + "?scheduledFrom=2030-01-02T00:00:00Z&scheduledUntil=2030-01-01T00:00:00Z"),
                "scheduledFrom"));
        cases.add(Map.entry(as.get(path + "?reminderID[]=x"), "reminderID"));
        cases.add(Map.entry(as.get(path + "?excludeDismissed=maybe"), "excludeDismissed"));
        cases.add(Map.entry(as.get(path + "?limit=5000"), "limit"));
        cases.add(Map.entry(as.get(path + "zero"), "reminderID"));
        cases.add(Map.entry(as.get(path + "0"), "invalid ID"));
        for (Map.Entry<Api.Reply, String> c : cases) {
            assertEquals(400, c.getKey().status(), c.getKey().toString());
            assertTrue(c.getKey().error().contains(c.getValue()), c.getValue() + ": " + c.getKey());
        }
        assertEquals(0, count(admin, "?resource=bad:input"));
    }

    @Test
    void anonymousCallersAreRefused() {
        assertEquals(401, anonymous.get("/reminder/").status());
        assertEquals(401, anonymous.post("/reminder/", "resource", "anon", "assignedTo", adminId).status());
        assertEquals(0, count(admin, "?resource=anon"));
    }

    // ---- the authorization matrix of the endpoints that take an ID (AuthorizationMatrixIT's personas
    // are rules on the resource, which reminders have none of: these are the reminder's own) ----

    enum Persona { ANONYMOUS, UNRELATED, ASSIGNEE, CREATOR, ASSIGN_HOLDER, ADMIN }

    record Endpoint(String name, BiFunction<Api, String, Api.Reply> call) {
    }

    @TestFactory
    List<DynamicTest> everyPersonaGetsTheContractsAnswerOnEveryEndpointThatTakesAnId() {
        SignedUp unrelated = signUp("unrelated");
        SignedUp assignee = signUp("assignee");
        SignedUp creator = signUp("creator");
        String creatorsRole = id(admin.post("/roles/", "name", "Matrix Creators", "handle", "matrix-creators",
                "members", List.of(creator.userId())), "roleID");
        grantReminderAssign(creatorsRole);
        Map<Persona, Api> apis = new EnumMap<>(Persona.class);
        apis.put(Persona.ANONYMOUS, anonymous);
        apis.put(Persona.UNRELATED, unrelated.api());
        apis.put(Persona.ASSIGNEE, assignee.api());
        apis.put(Persona.CREATOR, creator.api());
        apis.put(Persona.ASSIGN_HOLDER, holder.api());
        apis.put(Persona.ADMIN, admin);
        String to = assignee.userId();
        List<Endpoint> endpoints = List.of(
                new Endpoint("GET /reminder/{id}", (a, id) -> a.get("/reminder/" + id)),
                new Endpoint("PUT /reminder/{id}", (a, id) -> a.put("/reminder/" + id, "resource", "matrix:changed",
                        "assignedTo", to, "payload", Map.of("changed", true))),
                new Endpoint("DELETE /reminder/{id}", (a, id) -> a.delete("/reminder/" + id)),
                new Endpoint("PATCH /reminder/{id}/dismiss", (a, id) -> a.patch("/reminder/" + id + "/dismiss")),
                new Endpoint("PATCH /reminder/{id}/snooze", (a, id) -> a.patch("/reminder/" + id + "/snooze",
                        "remindAt", "2035-01-01T00:00:00Z")));

        // Every call gets a reminder of its own, assigned by the creator to the assignee; then the
        // creator loses reminder.assign, so that only being the creator lets them in.
        Map<String, String> targets = new java.util.HashMap<>();
        for (Endpoint e : endpoints) {
            for (Persona p : Persona.values()) {
                targets.put(e.name() + p, reminder(creator.api(), to, "matrix:target", "2034-01-01T00:00:00Z"));
            }
        }
        assertTrue(admin.delete("/roles/" + creatorsRole + "/member/" + creator.userId()).isOk());

        List<DynamicTest> tests = new ArrayList<>();
        for (Endpoint e : endpoints) {
            for (Persona p : Persona.values()) {
                String target = targets.get(e.name() + p);
                tests.add(dynamicTest(e.name() + " as " + p, () -> {
                    JsonNode before = admin.get("/reminder/" + target).response();
                    Api.Reply reply = e.call().apply(apis.get(p), target);
                    int expected = switch (p) {
                        case ANONYMOUS -> 401;
                        case UNRELATED -> 404;
                        case ASSIGNEE, CREATOR, ASSIGN_HOLDER, ADMIN -> 200;
                    };
                    assertEquals(expected, reply.status(), e.name() + " as " + p + ": " + reply);
                    if (expected != 200) {
                        assertEquals(before, admin.get("/reminder/" + target).response(), "refused: unchanged");
                    }
                }));
            }
        }
        return tests;
    }
}
