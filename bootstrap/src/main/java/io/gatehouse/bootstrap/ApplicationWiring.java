package io.gatehouse.bootstrap;

import io.gatehouse.adapters.rest.security.BcryptPasswordHasher;
import io.gatehouse.application.actionlog.ActionLogService;
import io.gatehouse.application.application.ApplicationService;
import io.gatehouse.application.auth.AuthConfig;
import io.gatehouse.application.auth.AuthService;
import io.gatehouse.application.organisation.OrganisationService;
import io.gatehouse.application.permission.PermissionService;
import io.gatehouse.application.reminder.ReminderService;
import io.gatehouse.application.role.RoleService;
import io.gatehouse.application.settings.SettingsService;
import io.gatehouse.application.shared.AccessControl;
import io.gatehouse.application.shared.ActionLogPolicy;
import io.gatehouse.application.shared.Memberships;
import io.gatehouse.application.shared.UseCases;
import io.gatehouse.application.statistics.StatisticsService;
import io.gatehouse.application.subscription.SubscriptionService;
import io.gatehouse.application.user.UserService;
import io.gatehouse.domain.actionlog.ActionLog;
import io.gatehouse.domain.application.ApplicationStore;
import io.gatehouse.domain.automation.EventDispatcher;
import io.gatehouse.domain.automation.ScriptRunner;
import io.gatehouse.domain.identity.CredentialStore;
import io.gatehouse.domain.identity.LoginFailureStore;
import io.gatehouse.domain.identity.PasswordHasher;
import io.gatehouse.domain.identity.SessionStore;
import io.gatehouse.domain.identity.TokenIssuer;
import io.gatehouse.domain.identity.UserStore;
import io.gatehouse.domain.organisation.OrganisationStore;
import io.gatehouse.domain.rbac.RuleStore;
import io.gatehouse.domain.reminder.ReminderStore;
import io.gatehouse.domain.role.MembershipStore;
import io.gatehouse.domain.role.RoleStore;
import io.gatehouse.domain.settings.SettingsStore;
import io.gatehouse.domain.shared.IdGenerator;
import io.gatehouse.domain.shared.TimeOrderedIdGenerator;
import io.gatehouse.domain.shared.Transactions;
import io.gatehouse.domain.statistics.StatisticsStore;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;

/**
 * The one place that knows every module: builds the framework-free application services from
 * the adapters' port implementations.
 */
@Factory
public class ApplicationWiring {

    /** Millisecond ticks: what a create answers equals what a later read returns (DATETIME(3)). */
    @Singleton
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofMillis(1));
    }

    @Singleton
    IdGenerator ids(Clock clock, @Value("${gatehouse.node-id:0}") int nodeId) {
        return new TimeOrderedIdGenerator(clock, nodeId);
    }

    @Singleton
    PasswordHasher passwordHasher(@Value("${gatehouse.auth.password.bcrypt-cost:12}") int cost) {
        return new BcryptPasswordHasher(cost);
    }

    @Singleton
    EventDispatcher events() {
        return EventDispatcher.NONE;
    }

    @Singleton
    ScriptRunner scripts() {
        return ScriptRunner.NONE;
    }

    @Singleton
    UseCases useCases(Transactions transactions, ActionLog actionLog, EventDispatcher events, IdGenerator ids,
                      Clock clock, @Value("${gatehouse.actionlog.policy:production}") String policy) {
        return new UseCases(transactions, actionLog, ActionLogPolicy.valueOf(policy.trim().toUpperCase(Locale.ROOT)),
                events, ids, clock);
    }

    @Singleton
    AccessControl accessControl(RuleStore rules) {
        return new AccessControl(rules);
    }

    @Singleton
    Memberships memberships(UseCases useCases, AccessControl access, RoleStore roles, UserStore users,
                            MembershipStore members) {
        return new Memberships(useCases, access, roles, users, members);
    }

    @Singleton
    UserService userService(UseCases useCases, AccessControl access, UserStore users, CredentialStore credentials,
                            SessionStore sessions, MembershipStore members, Memberships memberships,
                            PasswordHasher hasher, ScriptRunner scripts, IdGenerator ids, Clock clock) {
        return new UserService(useCases, access, users, credentials, sessions, members, memberships, hasher, scripts,
                ids, clock);
    }

    @Singleton
    RoleService roleService(UseCases useCases, AccessControl access, RoleStore roles, MembershipStore members,
                            Memberships memberships, UserStore users, OrganisationStore organisations,
                            RuleStore rules, ScriptRunner scripts, IdGenerator ids, Clock clock) {
        return new RoleService(useCases, access, roles, members, memberships, users, organisations, rules, scripts,
                ids, clock);
    }

    @Singleton
    OrganisationService organisationService(UseCases useCases, AccessControl access,
                                            OrganisationStore organisations, IdGenerator ids, Clock clock) {
        return new OrganisationService(useCases, access, organisations, ids, clock);
    }

    @Singleton
    PermissionService permissionService(UseCases useCases, AccessControl access, RuleStore rules, RoleStore roles,
                                        UserStore users, MembershipStore members) {
        return new PermissionService(useCases, access, rules, roles, users, members);
    }

    @Singleton
    ActionLogService actionLogService(UseCases useCases, AccessControl access, ActionLog actionLog) {
        return new ActionLogService(useCases, access, actionLog);
    }

    @Singleton
    SettingsService settingsService(UseCases useCases, AccessControl access, SettingsStore settings, Clock clock) {
        return new SettingsService(useCases, access, settings, clock);
    }

    @Singleton
    StatisticsService statisticsService(UseCases useCases, AccessControl access, StatisticsStore statistics) {
        return new StatisticsService(useCases, access, statistics);
    }

    @Singleton
    SubscriptionService subscriptionService() {
        return new SubscriptionService();
    }

    @Singleton
    ApplicationService applicationService(UseCases useCases, AccessControl access, ApplicationStore applications,
                                          ScriptRunner scripts, IdGenerator ids, Clock clock) {
        return new ApplicationService(useCases, access, applications, scripts, ids, clock);
    }

    @Singleton
    ReminderService reminderService(UseCases useCases, AccessControl access, ReminderStore reminders, UserStore users,
                                    IdGenerator ids, Clock clock) {
        return new ReminderService(useCases, access, reminders, users, ids, clock);
    }

    @Singleton
    AuthConfig authConfig(@Value("${gatehouse.auth.jwt.expiry:12h}") Duration expiry,
                          @Value("${gatehouse.auth.login.account-failures:10}") int accountFailures,
                          @Value("${gatehouse.auth.login.address-failures:100}") int addressFailures,
                          @Value("${gatehouse.auth.login.failure-window:15m}") Duration window) {
        return new AuthConfig(expiry, accountFailures, addressFailures, window);
    }

    @Singleton
    AuthService authService(UseCases useCases, Transactions transactions, UserStore users, UserService userService,
                            CredentialStore credentials, SessionStore sessions, MembershipStore members,
                            SettingsStore settings, LoginFailureStore failures, PasswordHasher hasher,
                            TokenIssuer tokens, IdGenerator ids, Clock clock, AuthConfig config,
                            AccessControl access) {
        return new AuthService(useCases, transactions, users, userService, credentials, sessions, members, settings,
                failures, hasher, tokens, ids, clock, config, access);
    }
}
