package io.commerceresolver.playbook.tools;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.commerceresolver.playbook.Tool;

/** Every tool a playbook step can name, by name. */
public final class Tools {

    private final Map<String, Tool<?, ?>> byName;

    public Tools(List<Tool<?, ?>> tools) {
        this.byName = tools.stream().collect(Collectors.toUnmodifiableMap(Tool::name, Function.identity()));
    }

    public static Tools standard() {
        return new Tools(List.of(new GetOrder(), new GetTracking(), new CreateReturnLabel(), new IssueRefund(), new CancelOrder(),
                new UpdateAddress(), new ApplyDiscount(), new CreateReplacement(), new GetProduct(), new UpdatePrice(), new SetPromoStatus(),
                new UpdateInventory(), new CreateProduct(), new SendNotification()));
    }

    public Optional<Tool<?, ?>> named(String name) {
        return Optional.ofNullable(byName.get(name));
    }
}
