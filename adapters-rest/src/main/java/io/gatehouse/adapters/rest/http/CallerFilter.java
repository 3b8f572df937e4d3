package io.gatehouse.adapters.rest.http;

import io.gatehouse.application.auth.AuthService;
import io.gatehouse.application.shared.Caller;
import io.gatehouse.domain.shared.DomainException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.authentication.Authentication;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Resolves the caller of every request once: Micronaut Security has already verified the JWT's
 * signature and expiry; here its session is looked up (live, user valid, current roles) and the
 * result is attached to the request. Private API routes refuse anonymous callers with 401.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class CallerFilter implements Ordered {
    public static final String ATTRIBUTE = "gatehouse.caller";
    private static final Pattern SAFE_REQUEST_ID = Pattern.compile("^[A-Za-z0-9._:/-]{1,128}$");

    private final AuthService auth;
    private final ErrorResponses errors;
    private final PublicRoutes publicRoutes;
    private final ClientAddresses addresses;

    public CallerFilter(AuthService auth, ErrorResponses errors, PublicRoutes publicRoutes, ClientAddresses addresses) {
        this.auth = auth;
        this.errors = errors;
        this.publicRoutes = publicRoutes;
        this.addresses = addresses;
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }

    /** Null lets the request through; a response refuses it. */
    @RequestFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Nullable
    public HttpResponse<?> resolve(HttpRequest<?> request) {
        String address = addresses.resolve(peerAddress(request), request.getHeaders().get("X-Forwarded-For"));
        String requestId = request.getHeaders().get("X-Request-Id");
        if (requestId == null || !SAFE_REQUEST_ID.matcher(requestId).matches()) {
            requestId = UUID.randomUUID().toString();
        }
        Caller caller = Caller.anonymous(address, requestId);
        Optional<Authentication> authentication = request.getUserPrincipal(Authentication.class);
        if (authentication.isPresent()) {
            Map<String, Object> claims = authentication.get().getAttributes();
            long sessionId = claimAsId(claims.get("jti"));
            long userId = claimAsId(claims.get("userID"));
            if (sessionId > 0 && userId > 0) {
                caller = auth.authenticate(sessionId, userId, address, requestId).orElse(caller);
            }
        }
        request.setAttribute(ATTRIBUTE, caller);
        if (!caller.isAuthenticated() && !publicRoutes.isPublic(request.getPath())) {
            return errors.of(new DomainException.Unauthenticated("Unauthorized"));
        }
        return null;
    }

    private static long claimAsId(Object claim) {
        if (claim == null) {
            return 0;
        }
        try {
            return Long.parseLong(claim.toString());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String peerAddress(HttpRequest<?> request) {
        InetSocketAddress remote = request.getRemoteAddress();
        if (remote == null) {
            return "";
        }
        return remote.getAddress() != null ? remote.getAddress().getHostAddress() : remote.getHostString();
    }
}
