package io.gatehouse.application.application;

import io.gatehouse.domain.application.Application;

/** An application with what the caller may do with it (the reference's {@code can*} flags). */
public record ApplicationView(Application application, boolean canGrant, boolean canUpdateApplication,
                              boolean canDeleteApplication) {
}
