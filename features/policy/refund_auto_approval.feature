Feature: Automatic approval of refunds
  A refund is a tier 2 write, which normally needs an approver. The store pays it without one when all
  of these hold:

    - the amount is at most the auto-refund limit of 100.00 (exactly 100.00 is still automatic);
    - the person asking is the order's own customer (the emails are compared without regard to case);
    - the order has not been delivered yet, or was delivered at most 30 days ago (day 30 still counts);
    - the customer has had fewer than 3 refunds in the last 30 days.

  If any of them fails, an approver decides. A refund raised to tier 3 is never approved automatically
  (see "Approvals by tier").

  Background:
    Given the actor is "sam", acting as agent
    And an order "1001" of 500.00 USD placed by "ann@example.com"
    And the request comes from "ann@example.com"

  Scenario: A small refund asked for by the order's own customer is paid without an approver
    Given the order was delivered 5 days ago
    When the actor asks to refund 40.00
    Then the operation is tier 2 WRITE
    And the operation is allowed
    And it needs no approval
    And the rule "A refund within the auto-refund limit, asked for by the order's own customer inside the refund window, is approved automatically" fired

  Scenario Outline: A refund of <amount> needs <approval>
    Given the order was delivered 5 days ago
    When the actor asks to refund <amount>
    Then the operation is tier 2 WRITE
    And the operation is allowed
    And it needs <approval>
    And the rule "A refund above the auto-refund limit is not approved automatically" <limit rule>

    Examples: at and around the auto-refund limit of 100.00
      | amount | approval                | limit rule   |
      | 0.01   | no approval             | did not fire |
      | 99.99  | no approval             | did not fire |
      | 100.00 | no approval             | did not fire |
      | 100.01 | approval by an approver | fired        |
      | 450.00 | approval by an approver | fired        |

  Scenario Outline: A refund on an order that <delivery> needs <approval>
    Given the order <delivery>
    When the actor asks to refund 50.00
    Then the operation is tier 2 WRITE
    And the operation is allowed
    And it needs <approval>
    And the rule "A refund after the refund window is not approved automatically" <window rule>

    Examples: at and around the refund window of 30 days
      | delivery                   | approval                | window rule  |
      | was delivered 0 days ago   | no approval             | did not fire |
      | was delivered 29 days ago  | no approval             | did not fire |
      | was delivered 30 days ago  | no approval             | did not fire |
      | was delivered 31 days ago  | approval by an approver | fired        |
      | was delivered 90 days ago  | approval by an approver | fired        |
      | has not been delivered yet | no approval             | did not fire |
      | is shipped                 | no approval             | did not fire |

  Scenario Outline: A customer with <count> refunds in the last 30 days needs <approval>
    Given the order was delivered 5 days ago
    And the customer has had <count> refunds in the last 30 days
    When the actor asks to refund 50.00
    Then the operation is tier 2 WRITE
    And the operation is allowed
    And it needs <approval>
    And the rule "A customer refunded often in the last 30 days is not refunded automatically" <frequency rule>

    Examples: at and around 3 refunds
      | count | approval                | frequency rule |
      | 0     | no approval             | did not fire   |
      | 2     | no approval             | did not fire   |
      | 3     | approval by an approver | fired          |
      | 7     | approval by an approver | fired          |

  Scenario Outline: The customer's email matches whatever its case: "<requester>"
    Given the order was delivered 5 days ago
    And the request comes from "<requester>"
    When the actor asks to refund 50.00
    Then the operation is allowed
    And it needs no approval

    Examples:
      | requester       |
      | ann@example.com |
      | Ann@Example.com |
      | ANN@EXAMPLE.COM |

  Scenario: A refund asked for by someone other than the order's customer is not automatic
    Given the order was delivered 5 days ago
    And the request comes from "ann.other@example.com"
    When the actor asks to refund 50.00
    Then the operation is tier 2 WRITE
    And the operation is allowed
    And it needs approval by an approver
    And the rule "A refund within the auto-refund limit, asked for by the order's own customer inside the refund window, is approved automatically" did not fire

  Scenario: Every condition at its limit at once is still automatic
    Given the order was delivered 30 days ago
    And the customer has had 2 refunds in the last 30 days
    When the actor asks to refund 100.00
    Then the operation is tier 2 WRITE
    And the operation is allowed
    And it needs no approval
