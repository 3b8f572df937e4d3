package io.gatehouse.domain.testing.memory;

import io.gatehouse.domain.actionlog.ActionRecord;
import io.gatehouse.domain.testing.StoreSet;
import java.util.List;

/**
 * Every store port in memory, over one shared state, for tests and for embedding the domain and
 * application without a database. Behaves as the database adapter does: the provisioned roles
 * and rules ({@link Provisioning}), uniqueness constraints reported as Conflicts, filtering,
 * sorting and paging as SQL would, and transactions that really roll back.
 */
public final class InMemoryStores implements StoreSet {
    private final MemoryDatabase db = new MemoryDatabase();
    private final InMemoryUserStore users = new InMemoryUserStore(db);
    private final InMemoryCredentialStore credentials = new InMemoryCredentialStore(db);
    private final InMemorySessionStore sessions = new InMemorySessionStore(db);
    private final InMemoryLoginFailureStore loginFailures = new InMemoryLoginFailureStore(db);
    private final InMemoryRoleStore roles = new InMemoryRoleStore(db);
    private final InMemoryMembershipStore memberships = new InMemoryMembershipStore(db);
    private final InMemoryOrganisationStore organisations = new InMemoryOrganisationStore(db);
    private final InMemoryRuleStore rules = new InMemoryRuleStore(db);
    private final InMemorySettingsStore settings = new InMemorySettingsStore(db);
    private final InMemoryApplicationStore applications = new InMemoryApplicationStore(db);
    private final InMemoryActionLog actionLog = new InMemoryActionLog(db);
    private final InMemoryStatisticsStore statistics = new InMemoryStatisticsStore(db);
    private final InMemoryReminderStore reminders = new InMemoryReminderStore(db);
    private final InMemoryTransactions transactions = new InMemoryTransactions(db);

    @Override
    public InMemoryUserStore users() {
        return users;
    }

    @Override
    public InMemoryCredentialStore credentials() {
        return credentials;
    }

    @Override
    public InMemorySessionStore sessions() {
        return sessions;
    }

    @Override
    public InMemoryLoginFailureStore loginFailures() {
        return loginFailures;
    }

    @Override
    public InMemoryRoleStore roles() {
        return roles;
    }

    @Override
    public InMemoryMembershipStore memberships() {
        return memberships;
    }

    @Override
    public InMemoryOrganisationStore organisations() {
        return organisations;
    }

    @Override
    public InMemoryRuleStore rules() {
        return rules;
    }

    @Override
    public InMemorySettingsStore settings() {
        return settings;
    }

    @Override
    public InMemoryApplicationStore applications() {
        return applications;
    }

    @Override
    public InMemoryReminderStore reminders() {
        return reminders;
    }

    @Override
    public InMemoryActionLog actionLog() {
        return actionLog;
    }

    @Override
    public InMemoryStatisticsStore statistics() {
        return statistics;
    }

    @Override
    public List<ActionRecord> recentActions(int limit) {
        return actionLog.recent(limit);
    }

    @Override
    public InMemoryTransactions transactions() {
        return transactions;
    }

    @Override
    public void reset() {
        db.reset();
    }
}
