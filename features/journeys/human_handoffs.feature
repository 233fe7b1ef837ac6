Feature: Handing a ticket to a person
  Some tickets no playbook can take: one the store is not sure enough of, one whose request is not recognised, one
  about an order that names none. A run also gives a ticket up when a step is refused, when the store still does not
  show a write after it was sent again, or when nobody decided an approval in time. Each goes to a person, with its
  whole story: the rules say whom (see the policy's "Whom a ticket goes to when a person has to take it"), as a team
  of the store's people and, for a ticket not in English, someone who reads its language. Of those, the one holding
  the fewest open tickets takes it, and is mailed the story. Nothing in the store changes.

  The store's orders include 1001 (ann@example.com, delivered).

  Scenario: A ticket nobody recognised goes to the agent who reads its language
    Given a store whose auto-refund limit is 100.00
    And the store's people are:
      | person             | role  | reads  |
      | amit@store.example | agent | en, hi |
      | bea@store.example  | agent | en     |
      | ops@store.example  | admin | en, hi |
    When "sunil@example.in" writes "Bhai aapki website bahut slow hai, kya hua hai? Kal se login nahi ho raha, jaldi theek karo"
    Then the ticket needs a person because "not recognised"
    And the ticket was written in "hi"
    And the ticket is handed to "amit@store.example"
    And "amit@store.example" is mailed the ticket's story

  Scenario: Tickets naming no order go to the agent holding the fewest
    Given a store whose auto-refund limit is 100.00
    And the store's people are:
      | person            | role  | reads |
      | amy@store.example | agent | en    |
      | ben@store.example | agent | en    |
    When "ann@example.com" writes "The mug I ordered arrived broken, please refund me"
    Then the ticket needs a person because "No order number was found"
    And the ticket is handed to "amy@store.example"
    When "maria@example.com" writes "I want to cancel my order, I bought the wrong size"
    Then the ticket is handed to "ben@store.example"

  Scenario: A seller's price change the store is not sure enough of goes to an admin
    Given a store that acts only on readings with a confidence of at least 0.99
    And the store's people are:
      | person              | role  | reads |
      | agent@store.example | agent | en    |
      | ops@store.example   | admin | en    |
    When "owner@demo-store.example" writes "Please increase the price of KURTA-LIN-IND-M to $49 from today"
    Then the ticket needs a person because "below the 0.99 the tenant accepts"
    And the ticket is handed to "ops@store.example"
    And product "KURTA-LIN-IND-M" is priced at 45.00

  Scenario: A store with nobody in the team keeps the ticket waiting for whoever comes
    Given a store whose auto-refund limit is 100.00
    And the store's people are:
      | person            | role  | reads |
      | ops@store.example | admin | en    |
    When "ann@example.com" writes "Your website has been very slow since yesterday and I cannot sign in to my account at all."
    Then the ticket needs a person because "not recognised"
    And the ticket is handed to nobody yet
