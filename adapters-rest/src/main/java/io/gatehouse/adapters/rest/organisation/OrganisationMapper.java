package io.gatehouse.adapters.rest.organisation;

import io.gatehouse.adapters.rest.http.Wire;
import io.gatehouse.domain.organisation.Organisation;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Domain organisation to its wire shape. */
@Mapper(uses = Wire.class)
public interface OrganisationMapper {
    @Mapping(target = "organisationID", source = "id")
    OrganisationDto toDto(Organisation organisation);
}
