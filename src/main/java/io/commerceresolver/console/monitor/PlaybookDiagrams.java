package io.commerceresolver.console.monitor;

import java.util.List;
import java.util.Optional;

/** The declared playbooks, their titles as their BPMN names them, and the BPMN files the diagrams are drawn from. */
public interface PlaybookDiagrams {

    /** Names of the declared playbooks, sorted. */
    List<String> playbooks();

    /** The process's name in its BPMN ("Refund an order"), or the playbook's name. */
    String title(String playbook);

    Optional<byte[]> bpmn(String playbook);
}
