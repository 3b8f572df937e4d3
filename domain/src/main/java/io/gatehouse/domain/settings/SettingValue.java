package io.gatehouse.domain.settings;

import java.time.Instant;

/** One setting: a name, a raw JSON value and who changed it last. */
public record SettingValue(String name, String value, long ownerId, Instant updatedAt, long updatedBy) {
}
