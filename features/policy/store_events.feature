Feature: What a change in the store sets going
  Shopify, WooCommerce and Stripe tell the store by webhook what happens to its orders, refunds, stock, products
  and payment disputes. Every change is kept as what the store knows; these rules say which changes also open a
  ticket, and what it asks for. Such a ticket is then decided and played like one a customer wrote: the triage
  rules choose its playbook, every write it leads to is put to the approval rules, and one no playbook takes goes
  to a person (handoff_routing.feature: an admin, since the store itself reported it). Most changes open nothing.
  One ticket per change and what it asks for, however often the platform reports the change.

  Scenario: An open payment dispute opens a ticket for a person
    Given the store's platform reports a payment dispute of 49.99 USD on order "1001", which is open
    When the rules hear of the change
    Then the change opens a ticket asking for "other"
    And the ticket says why: "with their bank; a person answers the dispute"

  Scenario Outline: A dispute that is <status> opens no ticket
    Given the store's platform reports a payment dispute of 49.99 USD on order "1001", which is <status>
    When the rules hear of the change
    Then the change opens no ticket

    Examples:
      | status |
      | won    |
      | lost   |

  Scenario Outline: An order that is <status> only updates what the store knows
    Given the store's platform reports order "1001" of 120.00 EUR as <status>
    When the rules hear of the change
    Then the change opens no ticket

    Examples:
      | status     |
      | processing |
      | shipped    |
      | delivered  |
      | cancelled  |
