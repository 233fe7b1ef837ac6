package io.commerceresolver.playbook;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The declared playbooks, by name; a playbook runs only when it is declared and its process is deployed. */
public class Playbooks {

    private final Map<String, PlaybookDeclaration<?>> byName;
    private final ProcessEngine engine;

    public Playbooks(List<PlaybookDeclaration<?>> declarations, ProcessEngine engine) {
        this.byName = declarations.stream().collect(Collectors.toUnmodifiableMap(PlaybookDeclaration::name, Function.identity()));
        this.engine = engine;
    }

    public boolean isDeployed(String playbook) {
        return byName.containsKey(playbook) && engine.isDeployed(playbook);
    }

    public PlaybookDeclaration<?> declaration(String playbook) {
        PlaybookDeclaration<?> declaration = byName.get(playbook);
        if (declaration == null) {
            throw new IllegalStateException("No playbook '" + playbook + "' is declared");
        }
        return declaration;
    }
}
