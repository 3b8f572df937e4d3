package io.gatehouse.adapters.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatehouse.domain.application.Application;
import io.gatehouse.domain.application.ApplicationFilter;
import io.gatehouse.domain.identity.Session;
import io.gatehouse.domain.identity.User;
import io.gatehouse.domain.identity.UserFilter;
import io.gatehouse.domain.rbac.Access;
import io.gatehouse.domain.rbac.Roles;
import io.gatehouse.domain.rbac.Rule;
import io.gatehouse.domain.rbac.RowAccess;
import io.gatehouse.domain.reminder.ReminderFilter;
import io.gatehouse.domain.role.Role;
import io.gatehouse.domain.role.RoleFilter;
import io.gatehouse.domain.shared.Page;
import io.gatehouse.domain.shared.Sort;
import io.gatehouse.domain.shared.Tristate;
import io.gatehouse.domain.testing.contract.Fixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The round-trip budget of the hot paths, counted at the JDBC statement level: one statement to
 * authenticate a request, one to load an entity, two for any page of a search.
 */
abstract class RoundTripBudgetChecks {
    abstract JdbcStoreSet stores();

    private <T> T counted(int expectedStatements, Supplier<T> work) {
        StatementCounter.reset();
        T result = work.get();
        List<String> statements = StatementCounter.statements();
        assertEquals(expectedStatements, statements.size(), "statements sent: " + statements);
        return result;
    }

    @BeforeEach
    void startFromTheProvisionedState() {
        stores().reset();
    }

    @Test
    void resolvingASessionTakesOneStatementWhateverTheMemberships() {
        User ann = Fixtures.userWithEmail("ann@example.com");
        stores().users().insert(ann);
        for (int i = 0; i < 5; i++) {
            Role role = Fixtures.role("Role " + i, "role" + i);
            stores().roles().insert(role);
            stores().memberships().add(role.id(), ann.id());
        }
        stores().memberships().add(Roles.ADMINISTRATORS, ann.id());
        Session session = Fixtures.session(ann.id(), Fixtures.minutesFromNow(60));
        stores().sessions().insert(session);

        var resolved = counted(1, () -> stores().sessions().resolve(session.id(), Fixtures.NOW)).orElseThrow();

        assertEquals(6, resolved.roleIds().size());
        assertTrue(resolved.ruleVersion() > 0);
    }

    @Test
    void findingByIdTakesOneStatement() {
        User ann = Fixtures.userWithEmail("ann@example.com");
        stores().users().insert(ann);

        assertEquals(ann, counted(1, () -> stores().users().findById(ann.id())).orElseThrow());
        counted(1, () -> stores().roles().findById(Roles.ADMINISTRATORS)).orElseThrow();
        counted(1, () -> stores().users().findValidByEmail("ANN@example.com")).orElseThrow();
        Application crm = new Application(Fixtures.nextId(), "CRM", ann.id(), true, null, null, Fixtures.NOW, null,
                null);
        stores().applications().insert(crm);
        assertEquals(crm, counted(1, () -> stores().applications().findById(crm.id())).orElseThrow());
    }

    @Test
    void aSearchTakesTwoStatementsWhateverThePageSize() {
        for (int i = 0; i < 30; i++) {
            stores().users().insert(Fixtures.aUser().email("u" + i + "@example.com").handle("user" + i).build());
        }
        UserFilter filter = new UserFilter(List.of(), List.of(Roles.ADMINISTRATORS, 99L), "user", "", "", "", "",
                Tristate.INCLUDE, Tristate.EXCLUDE);
        UserFilter everyone = Fixtures.anyLiveUser();
        Sort sort = Fixtures.by("handle", false);
        RowAccess someHidden = new RowAccess(true, Set.of(1L, 2L, 3L));

        Page<User> one = counted(2, () -> stores().users().search(everyone, someHidden, someHidden, RowAccess.NONE,
                sort, 0, 1));
        Page<User> all = counted(2, () -> stores().users().search(everyone, RowAccess.ALL, RowAccess.ALL,
                RowAccess.ALL, sort, 0, 1000));
        counted(2, () -> stores().users().search(filter, RowAccess.ALL, RowAccess.ALL, RowAccess.ALL, sort, 10, 10));
        counted(2, () -> stores().roles().search(new RoleFilter("adm", Tristate.INCLUDE, Tristate.INCLUDE),
                RowAccess.ALL, Fixtures.byId(), 0, 1000));
        counted(2, () -> stores().applications().search(new ApplicationFilter("crm", "r", Tristate.INCLUDE),
                someHidden, Fixtures.by("name", false), 0, 1000));
        ReminderFilter reminders = ReminderFilter.criteria(List.of(1L, 2L), "compose:", 7, Fixtures.NOW,
                Fixtures.minutesFromNow(60), true, true).visibleTo(7, false);
        counted(2, () -> stores().reminders().search(reminders, Fixtures.by("remind_at", true), 0, 1000));

        assertEquals(1, one.items().size());
        assertEquals(30, one.count());
        assertEquals(30, all.items().size());
    }

    @Test
    void loadingTheRulesTakesOneStatement() {
        var snapshot = counted(1, () -> stores().rules().load());

        assertEquals(stores().rules().version(), snapshot.version());
    }

    @Test
    void applyingRulesTakesAFixedNumberOfStatementsWhateverTheirCount() {
        List<Rule> many = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            many.add(new Rule(7, "system:user:" + (i + 1), "read", i % 3 == 0 ? Access.INHERIT : Access.ALLOW));
        }

        // The version bump, one batch of upserts, one batch of deletes.
        counted(3, () -> {
            stores().rules().apply(many);
            return null;
        });
    }
}
