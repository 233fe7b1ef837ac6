Feature: Whom a ticket goes to when a person has to take it
  Some tickets no playbook can take: one read with less confidence than the store accepts, one whose request was
  not recognised, one about an order that names none. And a run gives a ticket up when a step is refused, when the
  store still does not show a write after it was sent again, or when nobody decided an approval in time. Each of
  these goes to a person, and these rules say whom: a team (the people with one role), of whom the one holding the
  fewest open tickets takes it, and a language that person should read.

  The cause is one of: triage, step_refused, not_repaired, approval_expired, or store_event for a ticket the
  store's own events opened (a payment dispute, say: see store_events.feature) that no playbook takes. A store that wants its own routing,
  say Hindi discount requests to one person by name, publishes its own version of rules/handoff.drl.

  Scenario Outline: A <intent> ticket given up because <cause> goes to the <team> team
    Given a ticket handed to a person because <cause>, read as <intent> in en
    When the handoff is routed
    Then it goes to the <team> team
    And it may go to anyone of the team, whatever they read

    Examples:
      | cause            | intent          | team            |
      | triage           | other           | agent           |
      | triage           | refund_request  | agent           |
      | step_refused     | cancel_order    | agent           |
      | not_repaired     | refund_request  | admin           |
      | not_repaired     | price_change    | admin           |
      | approval_expired | refund_request  | senior_approver |
      | approval_expired | price_change    | senior_approver |
      | triage           | price_change    | admin           |
      | step_refused     | inventory_update | admin          |
      | store_event      | other           | admin           |

  Scenario: A write the store does not show outranks the kind of ticket
    Given a ticket handed to a person because not_repaired, read as discount_request in en
    When the handoff is routed
    Then it goes to the admin team
    And the rule "A write the store still does not show after its repair goes to an admin" fired
    And the rule "Any other ticket goes to the support agents" did not fire

  Scenario Outline: A ticket written in <language> goes to someone who reads it
    Given a ticket handed to a person because triage, read as <intent> in <language>
    When the handoff is routed
    Then it goes to the agent team
    And it goes to someone who reads <language>
    And the rule "A ticket not written in English goes to someone who reads its language" fired

    Examples:
      | language | intent         |
      | hi       | refund_request |
      | fr       | other          |
      | es       | order_status   |

  Scenario Outline: A ticket in <language> may go to anyone of the team
    Given a ticket handed to a person because triage, read as other in <language>
    When the handoff is routed
    Then it goes to the agent team
    And it may go to anyone of the team, whatever they read

    Examples: English, and a language that could not be told
      | language |
      | en       |
      | und      |
