Feature: Order status questions
  A customer asks where their order is. The order-status playbook reads the order and its tracking from the
  store and writes back; nothing in the store changes unless the shipment is late or lost (below). An order's
  details go only to the customer who placed it: anyone else is told nothing, and a person picks the ticket up.

  The store used here has, among its orders:
    | order | customer                  | status                  |
    | 1003  | maria.garcia@example.com  | processing (not shipped) |
    | 1004  | james.oconnor@example.com | shipped 2 days ago       |

  A shipment is late when it has not arrived a day after the date the store promised it for (the store may allow more
  days, "lateShipmentDays"). The customer is then told it is late and given the goodwill credit the goodwill rules
  allow. When the carrier reports a shipment lost, the customer is sent the same goods again at no charge, as the
  replacement rules allow for a lost shipment. Each remedy is read back from the store before the customer is told.

    | order | customer                  | shipment                                      |
    | 1031  | sofia.rossi@example.com   | shipped 6 days ago, promised 2 days ago, 83.00 |
    | 1032  | kwame.mensah@example.com  | shipped 10 days ago, lost by the carrier      |

  Background:
    Given a store whose auto-refund limit is 100.00

  Scenario: The customer is told where a shipped order is, with its tracking number
    When "james.oconnor@example.com" writes "Hi, where is my order #1004?"
    Then the ticket is resolved
    And "james.oconnor@example.com" is told "Your order 1004 shipped on"

  Scenario: An order that has not shipped yet
    When "maria.garcia@example.com" writes "Where is my order 1003? It has not arrived yet."
    Then the ticket is resolved
    And "maria.garcia@example.com" is told "is being prepared and has not shipped yet"

  Scenario: Someone other than the customer asking gets nothing; a person takes it
    When "someone.else@example.com" writes "Can you give me the tracking for order #1004?"
    Then the ticket needs a person
    And the playbook was stopped by the rule "An order's details are sent only to the customer who placed it"
    And nobody is told anything

  Scenario: A late shipment is said so, and the customer gets the store's goodwill credit
    When "sofia.rossi@example.com" writes "Hi, where is my order #1031?"
    Then the ticket is resolved
    And order "1031" shows a goodwill credit of 8.30
    And "sofia.rossi@example.com" is told "It has not arrived yet, and we are sorry it is late"
    And the goodwill credit was allowed by the rule "A goodwill credit within the auto-goodwill limit, asked for by the order's own customer, is approved automatically"

  Scenario: A shipment the carrier lost is sent again at no charge
    When "kwame.mensah@example.com" writes "Hi, where is my order #1032?"
    Then the ticket is resolved
    And order "1032" is replaced by a new order of "TEE-ORG-WHT-L, TEE-ORG-WHT-L"
    And "kwame.mensah@example.com" is told "reports that your order 1032 (tracking number 1Z0F5R370366120448) was lost in transit"
    And order "1032" shows no goodwill credit

  Scenario: A shipment still within its promise gets no remedy
    When "james.oconnor@example.com" writes "Hi, where is my order #1004?"
    Then the ticket is resolved
    And order "1004" shows no goodwill credit
    And order "1004" is not replaced
