Feature: Tickets handed over by helpdesks
  A store that works in Zendesk or Gorgias hands its tickets to the resolver by webhook. Zendesk signs each delivery
  with the store's secret and the time; Gorgias carries the store's token. A helpdesk ticket is one resolver ticket
  however often the helpdesk sends it, and it is resolved like any other.

  Background:
    Given a store that keeps its Zendesk secret and its Gorgias token

  Scenario: A Zendesk ticket is resolved like any other, and stored once however often Zendesk sends it
    When Zendesk sends ticket "35436" from "ann@example.com" saying "The mug in order #1001 arrived broken. Please refund $49.99." twice
    Then there is one ticket from zendesk "35436"
    And that ticket is resolved

  Scenario: A Zendesk delivery signed an hour ago is refused as a replay
    When Zendesk sends ticket "35437" signed an hour ago
    Then the helpdesk delivery is refused because "replayed"

  Scenario: A Gorgias delivery without the store's token is refused
    When Gorgias sends ticket "118943" with the token "not-the-token"
    Then the helpdesk delivery is refused because "not this store's token"
