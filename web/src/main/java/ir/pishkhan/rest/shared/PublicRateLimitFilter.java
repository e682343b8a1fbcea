package ir.pishkhan.rest.shared;

import ir.pishkhan.web.shared.PublicRateLimits;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/** Anonymous public endpoints ({@code /api/public/…}) answer 429 to a client over its rate. */
@Provider
public class PublicRateLimitFilter implements ContainerRequestFilter {

    @Inject
    PublicRateLimits limits;

    @Context
    HttpServletRequest request;

    @Override
    public void filter(ContainerRequestContext context) {
        String path = context.getUriInfo().getPath();
        if ((path.startsWith("public/") || path.startsWith("/public/")) && !limits.tryAcquire(request.getRemoteAddr())) {
            context.abortWith(Response.fromResponse(Problems.of(429, "RATE_LIMITED",
                            "Too many requests from this address; wait a minute and try again.",
                            "درخواست‌های این نشانی بیش از حد مجاز است؛ یک دقیقه صبر کنید و دوباره بکوشید.",
                            context.getUriInfo().getRequestUri().getRawPath()))
                    .header("Retry-After", "60").build());
        }
    }
}
