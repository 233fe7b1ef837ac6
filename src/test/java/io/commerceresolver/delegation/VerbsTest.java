package io.commerceresolver.delegation;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.commerceresolver.connector.CommerceConnector;

/** Every verb of the port is classified, and classified verbs are the port's: a new method cannot slip through unnamed. */
class VerbsTest {

    private static Set<String> portVerbs() {
        return Arrays.stream(CommerceConnector.class.getMethods()).filter(method -> !Modifier.isStatic(method.getModifiers()))
                .map(Method::getName).collect(Collectors.toSet());
    }

    @Test
    void everyMethodOfThePortIsClassifiedAndEveryClassifiedVerbIsThePortsOrTheMailOutboxs() {
        assertThat(Verbs.NEEDS.keySet()).as("a method of CommerceConnector missing from Verbs.NEEDS").containsAll(portVerbs());
        Set<String> named = new java.util.HashSet<>(Verbs.NEEDS.keySet());
        named.removeAll(portVerbs());
        assertThat(named).as("verbs Verbs.NEEDS names that are no method of CommerceConnector").containsExactly(Verbs.SEND_MAIL);
    }

    /** ScopedStore reads the tenant from the first argument; a verb without one would be refused as another tenant's. */
    @Test
    void everyVerbOfThePortTakesTheTenantFirst() {
        for (Method method : CommerceConnector.class.getMethods()) {
            assertThat(method.getParameterTypes()).as(method.toString()).isNotEmpty();
            assertThat(method.getParameterTypes()[0]).as(method.toString()).isEqualTo(String.class);
        }
    }

    @Test
    void eachScopeCoversExactlyItsOwnKindOfVerb() {
        assertThat(Verbs.NEEDS.keySet().stream().filter(verb -> Verbs.within(Scope.CATALOGUE_READ, verb)))
                .containsExactlyInAnyOrder("getProduct", "getProducts");
        assertThat(Verbs.NEEDS.keySet().stream().filter(verb -> Verbs.within(Scope.CATALOGUE_WRITE, verb)))
                .containsExactlyInAnyOrder("updatePrice", "setPromotion", "updateInventory", "createProduct");
        assertThat(Verbs.NEEDS.keySet().stream().filter(verb -> Verbs.within(Scope.MAIL_SEND, verb)))
                .containsExactlyInAnyOrder(Verbs.SEND_MAIL, "sendNotification");
        assertThat(Verbs.within(Scope.CATALOGUE_WRITE, "deleteEverything")).as("an unclassified verb").isFalse();
    }

    @Test
    void scopesAndComponentsAreNamedAsTheReceiptNamesThem() {
        assertThat(Arrays.stream(Scope.values()).map(Scope::key)).containsExactly("catalogue:read", "catalogue:write", "mail:send");
        assertThat(Arrays.stream(Component.values()).map(c -> c.key() + "=" + c.scope().key()))
                .containsExactly("reader=catalogue:read", "writer=catalogue:write", "notifier=mail:send");
    }
}
