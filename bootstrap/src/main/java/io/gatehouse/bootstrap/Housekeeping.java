package io.gatehouse.bootstrap;

import io.gatehouse.application.auth.AuthService;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Periodic clean-up, so that ended sessions do not pile up. */
@Singleton
public class Housekeeping {
    private static final Logger LOG = LoggerFactory.getLogger(Housekeeping.class);
    private final AuthService auth;

    public Housekeeping(AuthService auth) {
        this.auth = auth;
    }

    @Scheduled(fixedDelay = "1h", initialDelay = "5m")
    void purgeEndedSessions() {
        try {
            int purged = auth.purgeEndedSessions();
            if (purged > 0) {
                LOG.info("purged {} ended sessions", purged);
            }
        } catch (RuntimeException e) {
            LOG.warn("session purge failed; it will be retried", e);
        }
    }
}
