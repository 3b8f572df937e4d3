package io.gatehouse.adapters.rest.role;

import io.gatehouse.adapters.rest.http.Wire;
import io.gatehouse.application.role.RoleView;
import io.gatehouse.domain.role.Role;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Domain role (with the caller's flags) to its wire shape. */
@Mapper(uses = Wire.class)
public interface RoleMapper {
    @Mapping(target = "roleID", source = "role.id")
    @Mapping(target = "name", source = "role.name")
    @Mapping(target = "handle", source = "role.handle")
    @Mapping(target = "organisationID", source = "role.organisationId")
    @Mapping(target = "createdAt", source = "role.createdAt")
    @Mapping(target = "updatedAt", source = "role.updatedAt")
    @Mapping(target = "archivedAt", source = "role.archivedAt")
    @Mapping(target = "deletedAt", source = "role.deletedAt")
    RoleDto toDto(RoleView view);

    /** The bare role (trigger responses carry no flags). */
    @Mapping(target = "roleID", source = "id")
    @Mapping(target = "organisationID", source = "organisationId")
    @Mapping(target = "canGrant", ignore = true)
    @Mapping(target = "canUpdateRole", ignore = true)
    @Mapping(target = "canDeleteRole", ignore = true)
    RoleDto toDto(Role role);
}
