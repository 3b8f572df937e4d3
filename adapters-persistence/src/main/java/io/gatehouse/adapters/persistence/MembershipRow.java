package io.gatehouse.adapters.persistence;

import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

/** A row of {@code sys_role_member}: the pair is the whole row. */
@MappedEntity("sys_role_member")
record MembershipRow(@EmbeddedId Key key) {
    @Embeddable
    record Key(@MappedProperty("rel_role") long roleId, @MappedProperty("rel_user") long userId) {
    }
}
