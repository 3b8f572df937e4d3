package io.gatehouse.application.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatehouse.application.shared.Caller;
import io.gatehouse.application.testing.Services;
import io.gatehouse.domain.identity.User;
import io.gatehouse.domain.organisation.Organisation;
import io.gatehouse.domain.rbac.Access;
import io.gatehouse.domain.rbac.Roles;
import io.gatehouse.domain.shared.DomainException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class OrganisationServiceTest {
    private final Services s = new Services();
    private final User admin = s.givenAdmin("admin@example.com");
    private final User alice = s.givenUser("alice@example.com");
    private final Caller asAdmin = s.signIn(admin);
    private final Caller asAlice = s.signIn(alice);

    private static <T extends DomainException> String refused(Class<T> kind, Executable call) {
        return assertThrows(kind, call).getMessage();
    }

    private Organisation stored(Organisation o) {
        return s.stores.organisations().findById(o.id()).orElseThrow();
    }

    private List<Long> listed(Caller caller, String query) {
        return s.organisations.list(caller, query).stream().map(Organisation::id).toList();
    }

    @Test
    void userWithoutGrantsCannotCreateOrganisationsAndNothingIsWritten() {
        assertEquals("not allowed to create organisations", refused(DomainException.Forbidden.class,
                () -> s.organisations.create(asAlice, "Acme")));
        assertEquals(List.of(), listed(asAdmin, ""));
    }

    @Test
    void administratorCreatesAndSignedInUsersMayRead() {
        Organisation acme = s.organisations.create(asAdmin, "  Acme ");
        assertEquals("Acme", stored(acme).name());
        assertEquals("Acme", s.organisations.read(asAlice, acme.id()).name());
        refused(DomainException.Forbidden.class, () -> s.organisations.read(s.anonymous(), acme.id()));
    }

    @Test
    void nameIsRequiredAndBounded() {
        assertEquals("name is required", refused(DomainException.Invalid.class,
                () -> s.organisations.create(asAdmin, " ")));
        assertEquals("name is too long (at most 255 characters)", refused(DomainException.Invalid.class,
                () -> s.organisations.create(asAdmin, "x".repeat(256))));
    }

    @Test
    void updateNeedsUpdateAndARefusalChangesNothing() {
        Organisation acme = s.givenOrganisation("Acme");
        assertEquals("not allowed to update this organisation", refused(DomainException.Forbidden.class,
                () -> s.organisations.update(asAlice, acme.id(), "Mine")));
        assertEquals(acme, stored(acme));
        s.organisations.update(asAdmin, acme.id(), "Acme Corp");
        assertEquals("Acme Corp", stored(acme).name());
        assertNotNull(stored(acme).updatedAt());
    }

    @Test
    void readCanBeDenied() {
        Organisation acme = s.givenOrganisation("Acme");
        s.givenRule(Roles.EVERYONE, "system:organisation:" + acme.id(), "read", Access.DENY);
        assertEquals("not allowed to read this organisation", refused(DomainException.Forbidden.class,
                () -> s.organisations.read(s.refresh(asAlice), acme.id())));
        assertEquals(List.of(), listed(s.refresh(asAlice), ""));
        assertEquals(List.of(acme.id()), listed(s.refresh(asAdmin), ""));
    }

    @Test
    void archivedOrganisationsAreNeitherReadNorListed() {
        Organisation acme = s.givenOrganisation("Acme");
        assertEquals("not allowed to archive this organisation", refused(DomainException.Forbidden.class,
                () -> s.organisations.archive(asAlice, acme.id())));
        s.organisations.archive(asAdmin, acme.id());
        assertEquals("organisation not found", refused(DomainException.NotFound.class,
                () -> s.organisations.read(asAdmin, acme.id())));
        assertEquals(List.of(), listed(asAdmin, ""));
    }

    @Test
    void deleteIsIdempotentAndHidesTheOrganisation() {
        Organisation acme = s.givenOrganisation("Acme");
        assertEquals("not allowed to delete this organisation", refused(DomainException.Forbidden.class,
                () -> s.organisations.delete(asAlice, acme.id())));
        s.organisations.delete(asAdmin, acme.id());
        var deletedAt = stored(acme).deletedAt();
        s.advance(Duration.ofMinutes(1));
        s.organisations.delete(asAdmin, acme.id());
        assertEquals(deletedAt, stored(acme).deletedAt());
        assertThrows(DomainException.NotFound.class, () -> s.organisations.update(asAdmin, acme.id(), "Back"));
    }

    @Test
    void listMatchesNamePrefixInNameOrder() {
        Organisation beta = s.givenOrganisation("Beta");
        Organisation alpha = s.givenOrganisation("alpha");
        s.givenOrganisation("Gamma");
        assertEquals(List.of(alpha.id(), beta.id()), listed(asAlice, "").subList(0, 2));
        assertEquals(List.of(alpha.id()), listed(asAlice, "AL"));
    }

    @Test
    void unknownOrganisationIsNotFound() {
        assertEquals("organisation not found", refused(DomainException.NotFound.class,
                () -> s.organisations.read(asAdmin, 999_999)));
        assertEquals("invalid ID", refused(DomainException.Invalid.class, () -> s.organisations.read(asAdmin, 0)));
    }

    @Test
    void createIsRecorded() {
        Organisation acme = s.organisations.create(asAdmin, "Acme");
        assertEquals("system:organisation:" + acme.id(), s.lastAction().resource());
        assertEquals("create", s.lastAction().action());
        assertTrue(s.lastAction().error().isEmpty());
    }
}
