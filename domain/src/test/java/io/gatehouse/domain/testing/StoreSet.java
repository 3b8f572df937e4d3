package io.gatehouse.domain.testing;

import io.gatehouse.domain.actionlog.ActionLog;
import io.gatehouse.domain.application.ApplicationStore;
import io.gatehouse.domain.identity.CredentialStore;
import io.gatehouse.domain.identity.LoginFailureStore;
import io.gatehouse.domain.identity.SessionStore;
import io.gatehouse.domain.identity.UserStore;
import io.gatehouse.domain.organisation.OrganisationStore;
import io.gatehouse.domain.rbac.RuleStore;
import io.gatehouse.domain.reminder.ReminderStore;
import io.gatehouse.domain.role.MembershipStore;
import io.gatehouse.domain.role.RoleStore;
import io.gatehouse.domain.settings.SettingsStore;
import io.gatehouse.domain.shared.Transactions;

/**
 * Every outbound store port of one persistence implementation, sharing one underlying state.
 * The port contract tests run against a StoreSet, so the in-memory stores (shipped in this test
 * jar) and every database adapter are held to the same behaviour.
 *
 * <p>A fresh StoreSet (or one after {@link #reset()}) holds exactly what the first migration
 * provisions: roles 1 (Everyone, handle {@code everyone}) and 2 (Administrators, handle
 * {@code admins}) and the default permission rules; nothing else (no applications).
 */
public interface StoreSet {
    UserStore users();

    CredentialStore credentials();

    SessionStore sessions();

    LoginFailureStore loginFailures();

    RoleStore roles();

    MembershipStore memberships();

    OrganisationStore organisations();

    RuleStore rules();

    SettingsStore settings();

    ApplicationStore applications();

    ReminderStore reminders();

    ActionLog actionLog();

    io.gatehouse.domain.statistics.StatisticsStore statistics();

    /** The action log as written, newest first, for assertions (at most {@code limit} records). */
    java.util.List<io.gatehouse.domain.actionlog.ActionRecord> recentActions(int limit);

    Transactions transactions();

    /** Back to the provisioned state. */
    void reset();
}
