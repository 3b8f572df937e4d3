package io.gatehouse.adapters.rest.application;

import io.gatehouse.adapters.rest.http.Wire;
import io.gatehouse.application.application.ApplicationView;
import io.gatehouse.domain.application.Application;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Domain application (with the caller's flags) to its wire shape; stored JSON goes out as JSON. */
@Mapper(uses = Wire.class)
public interface ApplicationMapper {
    @Mapping(target = "applicationID", source = "application.id")
    @Mapping(target = "name", source = "application.name")
    @Mapping(target = "ownerID", source = "application.ownerId")
    @Mapping(target = "enabled", source = "application.enabled")
    @Mapping(target = "unify", source = "application.unify")
    @Mapping(target = "config", source = "application.config")
    @Mapping(target = "createdAt", source = "application.createdAt")
    @Mapping(target = "updatedAt", source = "application.updatedAt")
    @Mapping(target = "deletedAt", source = "application.deletedAt")
    ApplicationDto toDto(ApplicationView view);

    /** The bare application (trigger responses carry no flags). */
    @Mapping(target = "applicationID", source = "id")
    @Mapping(target = "ownerID", source = "ownerId")
    @Mapping(target = "canGrant", ignore = true)
    @Mapping(target = "canUpdateApplication", ignore = true)
    @Mapping(target = "canDeleteApplication", ignore = true)
    ApplicationDto toDto(Application application);
}
