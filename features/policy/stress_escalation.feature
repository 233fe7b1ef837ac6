Feature: Escalation of writes during a stressed or long conversation
  When a voice or chat channel reports how the conversation is going, a write asked for during a
  strained conversation gets a second look: a tier 2 write is raised to tier 3 (a senior approver) when
  the caller's stress level is above 0.7 (on a scale of 0 to 1) or the conversation has lasted more
  than 60 minutes. A stress level of exactly 0.7, or exactly 60 minutes, is not escalated.

  This only ever raises tier 2 to tier 3. It never lowers a tier, never touches reads, notifications or
  operations that are tier 3 already, and never turns an allowed operation into a denied one.
  When no conversation is reported, or the customer opted out of voice analysis, it has no effect.

  Background:
    Given the actor is "sam", acting as agent
    And an order "1001" of 500.00 USD placed by "ann@example.com"
    And the request comes from "ann@example.com"

  Scenario Outline: A cancellation while the caller's stress level is <stress> is tier <tier>
    Given the caller's stress level is <stress>
    And the conversation has lasted 5 minutes
    When the actor asks to cancel the order
    Then the operation is tier <tier>
    And the operation is allowed
    And it needs approval by <approver>
    And the rule "A write during a stressed or long conversation is escalated from tier 2 to tier 3" <stress rule>

    Examples: at and around a stress level of 0.7
      | stress | tier    | approver          | stress rule  |
      | 0.10   | 2 WRITE | an approver       | did not fire |
      | 0.69   | 2 WRITE | an approver       | did not fire |
      | 0.70   | 2 WRITE | an approver       | did not fire |
      | 0.71   | 3 BULK  | a senior_approver | fired        |
      | 1.00   | 3 BULK  | a senior_approver | fired        |

  Scenario Outline: A cancellation after a conversation of <minutes> minutes is tier <tier>
    Given the caller's stress level is 0.10
    And the conversation has lasted <minutes> minutes
    When the actor asks to cancel the order
    Then the operation is tier <tier>
    And the operation is allowed
    And it needs approval by <approver>
    And the rule "A write during a stressed or long conversation is escalated from tier 2 to tier 3" <stress rule>

    Examples: at and around 60 minutes
      | minutes | tier    | approver          | stress rule  |
      | 59      | 2 WRITE | an approver       | did not fire |
      | 60      | 2 WRITE | an approver       | did not fire |
      | 61      | 3 BULK  | a senior_approver | fired        |
      | 240     | 3 BULK  | a senior_approver | fired        |

  Scenario Outline: Either sign alone is enough: stress <stress> after <minutes> minutes
    Given the caller's stress level is <stress>
    And the conversation has lasted <minutes> minutes
    When the actor asks to change the order's delivery address
    Then the operation is tier <tier>
    And the operation is allowed
    And it needs approval by <approver>

    Examples:
      | stress | minutes | tier    | approver          |
      | 0.70   | 60      | 2 WRITE | an approver       |
      | 0.71   | 60      | 3 BULK  | a senior_approver |
      | 0.70   | 61      | 3 BULK  | a senior_approver |
      | 0.71   | 61      | 3 BULK  | a senior_approver |

  Scenario: A stress level alone, with no length of conversation reported, is enough
    Given the caller's stress level is 0.85
    When the actor asks to cancel the order
    Then the operation is tier 3 BULK
    And the operation is allowed
    And it needs approval by a senior_approver

  Scenario: A long conversation alone, with no stress level reported, is enough
    Given the conversation has lasted 75 minutes
    When the actor asks to cancel the order
    Then the operation is tier 3 BULK
    And the operation is allowed
    And it needs approval by a senior_approver

  Scenario: A customer who opted out of voice analysis is never escalated
    Given the caller's stress level is 0.95
    And the conversation has lasted 90 minutes
    And the customer has opted out of voice analysis
    When the actor asks to cancel the order
    Then the operation is tier 2 WRITE
    And the operation is allowed
    And it needs approval by an approver
    And the rule "A write during a stressed or long conversation is escalated from tier 2 to tier 3" did not fire

  Scenario: Without a reported conversation, nothing is escalated
    Given no conversation is reported
    When the actor asks to cancel the order
    Then the operation is tier 2 WRITE
    And the operation is allowed
    And it needs approval by an approver
    And the rule "A write during a stressed or long conversation is escalated from tier 2 to tier 3" did not fire

  Scenario: A small refund that would be approved automatically needs a senior approver when the caller is stressed
    Given the order was delivered 3 days ago
    And the caller's stress level is 0.80
    When the actor asks to refund 20.00
    Then the operation is tier 3 BULK
    And the operation is allowed
    And it needs approval by a senior_approver
    And the approver must be someone other than "sam"

  Scenario Outline: Reads and notifications keep their tier however strained the conversation (<tool>)
    Given the caller's stress level is 0.95
    And the conversation has lasted 90 minutes
    When the actor asks for "<tool>"
    Then the operation is tier <tier>
    And the operation is allowed
    And it needs no approval
    And the rule "A write during a stressed or long conversation is escalated from tier 2 to tier 3" did not fire

    Examples:
      | tool              | tier     |
      | get_order         | 0 READ   |
      | get_tracking      | 0 READ   |
      | send_notification | 1 NOTIFY |

  Scenario: A bulk price change stays tier 3; stress does not add to it
    Given the actor is "mia", acting as merchandiser
    And the caller's stress level is 0.95
    When the actor asks to change the prices of 40 products at once
    Then the operation is tier 3 BULK
    And the operation is allowed
    And it needs approval by a senior_approver
    And the rule "A write during a stressed or long conversation is escalated from tier 2 to tier 3" did not fire

  Scenario: Stress never denies: a stressed caller's allowed write stays allowed
    Given the caller's stress level is 0.99
    And the conversation has lasted 120 minutes
    When the actor asks to change the order's delivery address
    Then the operation is allowed
    And it needs approval by a senior_approver

  Scenario: Stress never rescues a denied operation: it stays denied, and is not sent for approval
    Given the order is shipped
    And the caller's stress level is 0.95
    When the actor asks to cancel the order
    Then the operation is denied
    And the rule "A cancellation or address change on an order that has shipped is denied" fired
