package io.gatehouse.adapters.persistence;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** The single row of {@code sys_rbac_version}. */
@MappedEntity("sys_rbac_version")
record RbacVersionRow(@Id int id, long version) {
}
