package io.gatehouse.bootstrap;

import io.gatehouse.application.auth.AuthService;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Periodic clean-up, so that ended sessions and old failed logins do not pile up. */
@Singleton
public class Housekeeping {
    private static final Logger LOG = LoggerFactory.getLogger(Housekeeping.class);
    private final AuthService auth;

    public Housekeeping(AuthService auth) {
        this.auth = auth;
    }

    @Scheduled(fixedDelay = "1h", initialDelay = "5m")
    void purge() {
        try {
            int sessions = auth.purgeEndedSessions();
            int failures = auth.purgeStaleLoginFailures();
            if (sessions + failures > 0) {
                LOG.info("purged {} ended sessions and {} old failed logins", sessions, failures);
            }
        } catch (RuntimeException e) {
            LOG.warn("housekeeping failed; it will be retried", e);
        }
    }
}
