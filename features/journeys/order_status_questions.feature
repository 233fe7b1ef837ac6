Feature: Order status questions
  A customer asks where their order is. The order-status playbook reads the order and its tracking from the
  store and writes back; nothing in the store changes. An order's details go only to the customer who placed
  it: anyone else is told nothing, and a person picks the ticket up.

  The store used here has, among its orders:
    | order | customer                  | status                  |
    | 1003  | maria.garcia@example.com  | processing (not shipped) |
    | 1004  | james.oconnor@example.com | shipped 2 days ago       |

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
