package io.gatehouse.adapters.rest.user;

import io.gatehouse.adapters.rest.http.Wire;
import io.gatehouse.domain.identity.User;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Domain user to its wire shape. */
@Mapper(uses = Wire.class)
public interface UserMapper {
    @Mapping(target = "userID", source = "id")
    @Mapping(target = "organisationID", source = "organisationId")
    @Mapping(target = "relatedUserID", constant = "0")
    @Mapping(target = "user", ignore = true)
    UserDto toDto(User user);
}
