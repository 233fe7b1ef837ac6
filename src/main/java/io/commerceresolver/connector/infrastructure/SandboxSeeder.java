package io.commerceresolver.connector.infrastructure;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.commerceresolver.connector.Order;
import io.commerceresolver.connector.OrderStatus;
import io.commerceresolver.connector.infrastructure.SandboxStoreMapper.CustomerRow;
import io.commerceresolver.connector.infrastructure.SandboxStoreMapper.OrderRow;
import io.commerceresolver.connector.infrastructure.SandboxStoreMapper.ProductRow;

/**
 * Fills a tenant's empty sandbox store with the demo shop in {@code sandbox/demo-store.json}.
 * The file says when things happened in days before today, so the store looks recent whenever it is first seeded:
 * "delivered 5 days ago" stays inside a 30-day return window however old the checkout is.
 */
@Component
public class SandboxSeeder {

    static final String DEMO_STORE = "sandbox/demo-store.json";

    private final SandboxStoreMapper store;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper();

    public SandboxSeeder(SandboxStoreMapper store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Seeds the demo shop unless the tenant's store already has orders; the tenant row must exist. */
    @Transactional
    public void seedIfEmpty(String tenantId) {
        if (store.countOrders(tenantId) > 0) {
            return;
        }
        DemoStore demo = readDemoStore();
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Map<String, DemoCustomer> customers = demo.customers().stream()
                .collect(Collectors.toMap(DemoCustomer::id, Function.identity()));
        Map<String, BigDecimal> prices = demo.products().stream()
                .collect(Collectors.toMap(DemoProduct::sku, product -> money(product.price())));

        for (DemoCustomer customer : demo.customers()) {
            store.insertCustomer(tenantId, new CustomerRow(customer.id(), customer.email(), customer.name(),
                    customer.phone(), daysBefore(now, customer.customerSinceDaysAgo())));
        }
        for (DemoProduct product : demo.products()) {
            store.insertProduct(tenantId, new ProductRow(product.sku(), product.title(), money(product.price()),
                    money(product.cost()), demo.currency(), product.stock(), product.category()));
        }
        for (DemoOrder order : demo.orders()) {
            DemoCustomer customer = customers.get(order.customer());
            if (customer == null) {
                throw new IllegalStateException(DEMO_STORE + ": order " + order.id() + " names unknown customer "
                        + order.customer());
            }
            List<Order.OrderLine> lines = order.lines().stream()
                    .map(line -> new Order.OrderLine(line.sku(), line.quantity(), priceOf(prices, order, line.sku())))
                    .toList();
            BigDecimal total = lines.stream()
                    .map(line -> line.unitPrice().multiply(BigDecimal.valueOf(line.quantity())))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            DemoAddress shipTo = customer.address();
            store.insertOrder(tenantId, new OrderRow(order.id(), customer.id(), null, null,
                    OrderStatus.valueOf(order.status()).name(),
                    demo.currency(), money(total), money(order.refunded()), daysBefore(now, order.placedDaysAgo()),
                    daysBefore(now, order.shippedDaysAgo()), daysBefore(now, order.deliveredDaysAgo()),
                    daysBefore(now, order.cancelledDaysAgo()), order.carrier(), order.trackingNumber(),
                    customer.name(), shipTo.line1(), shipTo.line2(), shipTo.city(), shipTo.region(),
                    shipTo.postalCode(), shipTo.country(), daysBefore(now, order.promisedDaysAgo()),
                    order.carrierStatus()));
            for (int i = 0; i < lines.size(); i++) {
                store.insertLine(tenantId, order.id(), i + 1, lines.get(i));
            }
        }
    }

    private DemoStore readDemoStore() {
        try (InputStream in = new ClassPathResource(DEMO_STORE).getInputStream()) {
            return json.readValue(in, DemoStore.class);
        } catch (IOException e) {
            throw new UncheckedIOException("The demo store " + DEMO_STORE + " ships in the jar and must be readable",
                    e);
        }
    }

    private static BigDecimal priceOf(Map<String, BigDecimal> prices, DemoOrder order, String sku) {
        BigDecimal price = prices.get(sku);
        if (price == null) {
            throw new IllegalStateException(DEMO_STORE + ": order " + order.id() + " sells unknown SKU " + sku);
        }
        return price;
    }

    private static Instant daysBefore(Instant now, Integer days) {
        return days == null ? null : now.minus(Duration.ofDays(days));
    }

    private static BigDecimal money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    record DemoStore(String currency, List<DemoCustomer> customers, List<DemoProduct> products,
                     List<DemoOrder> orders) {
    }

    record DemoCustomer(String id, String email, String name, String phone, int customerSinceDaysAgo,
                        DemoAddress address) {
    }

    record DemoAddress(String line1, String line2, String city, String region, String postalCode, String country) {
    }

    record DemoProduct(String sku, String title, BigDecimal price, BigDecimal cost, int stock, String category) {
    }

    /**
     * Days are counted back from the moment of seeding; a null day means it has not happened (a promise: none was
     * made; a negative one is still to come). The carrier status is what the carrier last reported, e.g. LOST.
     */
    record DemoOrder(String id, String customer, String status, Integer placedDaysAgo, Integer shippedDaysAgo,
                     Integer deliveredDaysAgo, Integer cancelledDaysAgo, String carrier, String trackingNumber,
                     BigDecimal refunded, List<DemoLine> lines, Integer promisedDaysAgo, String carrierStatus) {
    }

    record DemoLine(String sku, int quantity) {
    }
}
