package io.commerceresolver.playbook;

/** Customer messages come from templates, one per message and language; none is written in code. */
public interface MessageTemplates {

    Tool.Message render(String template, String language, MessageModel model);
}
