package io.commerceresolver.system.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.AvailabilityState;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.LivenessState;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Before the service is ready (Camel's intake route not started yet) the API says 503, try again, and not 404. */
class NotReadyYetTest {

    @Test
    void aTicketPostedBeforeTheServiceIsReadyIsToldToComeBackNotThatThePathIsMissing() throws Exception {
        MockHttpServletResponse response = send(ReadinessState.REFUSING_TRAFFIC, "/api/v1/tickets");

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("2");
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentAsString()).contains("\"status\":503", "try again in 2 s");
    }

    @Test
    void aReadyServiceLetsEveryRequestThrough() throws Exception {
        assertThat(send(ReadinessState.ACCEPTING_TRAFFIC, "/api/v1/tickets").getStatus()).isEqualTo(200);
    }

    @Test
    void onlyTheApiWaits() throws Exception {
        assertThat(send(ReadinessState.REFUSING_TRAFFIC, "/actuator/health").getStatus()).as("a probe may ask").isEqualTo(200);
    }

    private static MockHttpServletResponse send(ReadinessState readiness, String uri) throws Exception {
        ApplicationAvailability availability = new ApplicationAvailability() {
            @Override
            public <S extends AvailabilityState> S getState(Class<S> type, S defaultState) {
                return type == ReadinessState.class ? type.cast(readiness) : defaultState;
            }

            @Override
            public <S extends AvailabilityState> S getState(Class<S> type) {
                return getState(type, type == LivenessState.class ? type.cast(LivenessState.CORRECT) : null);
            }

            @Override
            public <S extends AvailabilityState> AvailabilityChangeEvent<S> getLastChangeEvent(Class<S> type) {
                return null;
            }
        };
        MockHttpServletRequest request = new MockHttpServletRequest("POST", uri);
        MockHttpServletResponse response = new MockHttpServletResponse();
        new NotReadyYet(availability, new ProblemResponses(new ObjectMapper())).doFilter(request, response, new MockFilterChain());
        return response;
    }
}
