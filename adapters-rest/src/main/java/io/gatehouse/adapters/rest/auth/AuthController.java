package io.gatehouse.adapters.rest.auth;

import io.gatehouse.adapters.rest.http.Envelopes;
import io.gatehouse.adapters.rest.http.Params;
import io.gatehouse.adapters.rest.http.ParamsReader;
import io.gatehouse.application.auth.AuthResult;
import io.gatehouse.application.auth.AuthService;
import io.gatehouse.application.auth.SignUp;
import io.gatehouse.application.shared.Caller;
import io.gatehouse.domain.settings.AuthSettings;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.util.List;

/** {@code /auth/} and {@code /auth/internal/}: the public group. */
@Controller("${gatehouse.api.prefix:}/auth")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Consumes(MediaType.ALL)
public class AuthController {
    private final AuthService auth;
    private final ParamsReader params;

    public AuthController(AuthService auth, ParamsReader params) {
        this.auth = auth;
        this.params = params;
    }

    @Get("/")
    public Envelopes.Response<AuthSettingsDto> settings() {
        AuthSettings s = auth.settings();
        return Envelopes.response(new AuthSettingsDto(s.internalEnabled(), s.passwordResetEnabled(),
                s.emailConfirmationRequired(), s.signUpEnabled(), s.externalEnabled(), List.of()));
    }

    @Get("/check")
    public Envelopes.Response<AuthPayload> check(Caller caller) {
        return Envelopes.response(payload(auth.check(caller)));
    }

    @Get("/logout")
    public Envelopes.Response<Boolean> logout(Caller caller) {
        auth.logout(caller);
        return Envelopes.response(true);
    }

    @Post("/impersonate")
    public Envelopes.Response<AuthPayload> impersonate(Caller caller, HttpRequest<?> request,
                                                       @Nullable @Body byte[] body) {
        Params p = params.read(request, body);
        return Envelopes.response(payload(auth.impersonate(caller, p.id("userID"), p.uint("expire"))));
    }

    @Post("/internal/login")
    public Envelopes.Response<AuthPayload> login(Caller caller, HttpRequest<?> request, @Nullable @Body byte[] body) {
        Params p = params.read(request, body);
        return Envelopes.response(payload(auth.login(caller, p.text("email"), p.text("password"))));
    }

    @Post("/internal/signup")
    public Envelopes.Response<AuthPayload> signup(Caller caller, HttpRequest<?> request, @Nullable @Body byte[] body) {
        Params p = params.read(request, body);
        SignUp cmd = new SignUp(p.text("email"), p.text("username"), p.text("password"), p.text("handle"),
                p.text("name"));
        return Envelopes.response(payload(auth.signup(caller, cmd)));
    }

    @Post("/internal/change-password")
    public Envelopes.Response<Boolean> changePassword(Caller caller, HttpRequest<?> request,
                                                      @Nullable @Body byte[] body) {
        Params p = params.read(request, body);
        auth.changePassword(caller, p.text("oldPassword"), p.text("newPassword"));
        return Envelopes.response(true);
    }

    static AuthPayload payload(AuthResult result) {
        List<String> roles = result.roles() == null ? null : result.roles().stream().map(String::valueOf).toList();
        var u = result.user();
        return new AuthPayload(result.jwt(), new AuthPayload.AuthUser(Long.toString(u.id()), u.name(), u.email(),
                u.username(), u.handle(), roles));
    }
}
