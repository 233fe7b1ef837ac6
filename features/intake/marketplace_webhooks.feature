Feature: What the marketplaces tell about the store
  Shopify, WooCommerce and Stripe tell the store what happens to its orders, refunds, stock and disputes by
  webhook. The resolver believes a delivery only when it is signed with the store's own secret, keeps each delivery
  once however often the platform sends it, and keeps the newest description of each thing: the store's view of
  its orders is what the rules may read, in the rules' own words whichever platform said it.

  Background:
    Given a store that keeps its Shopify, WooCommerce and Stripe webhook secrets

  Scenario: A signed Shopify order update becomes what the store knows of the order
    When Shopify sends "orders/updated" for order "820982911946154508" whose fulfilment is "fulfilled"
    Then the store knows shopify order "820982911946154508" as shipped
    And the order shows 41.94 refunded

  Scenario: A delivery signed with another secret is refused and nothing is kept
    When someone sends "orders/updated" for order "820982911946154508" signed with "a guessed secret"
    Then the delivery is refused because "does not match the body"
    And the store keeps no delivery

  Scenario: A delivery sent five times is kept and applied once
    When Shopify sends the same "orders/updated" delivery 5 times
    Then the store keeps 1 delivery

  Scenario: An older update that arrives late does not undo a newer one
    When Shopify sends "orders/updated" for order "820982911946154508" whose fulfilment is "fulfilled"
    And an earlier "orders/updated" for order "820982911946154508" whose fulfilment was "unfulfilled" arrives late
    Then the store knows shopify order "820982911946154508" as shipped

  Scenario: WooCommerce's "completed" is an order that has shipped
    When WooCommerce sends "order.updated" for order "727" whose status is "completed"
    Then the store knows woocommerce order "727" as shipped

  Scenario: A Stripe signature older than five minutes is refused as a replay
    When Stripe sends a dispute signed 10 minutes ago
    Then the delivery is refused because "tolerance"

  Scenario: A payment dispute opens a ticket that the store's admin takes
    The store's rules (store_events.feature) open a ticket for an open dispute; no playbook answers a bank, so an
    admin of the store takes it (handoff_routing.feature). Reported again, the dispute opens no other ticket.
    Given the store's admin is "owner@store.example"
    When Stripe reports a dispute of 49.99 USD on order "1001" that needs the store's answer
    Then a ticket about the dispute is handed to "owner@store.example"
    And it says "disputed a payment of 49.99 USD"
    When Stripe reports the same dispute again, now under review
    Then that report opened no other ticket

  Scenario: A dispute the store has won opens no ticket
    When Stripe reports a dispute on order "1002" that the store has won
    Then the store knows the dispute as won
    And no ticket was opened about it
