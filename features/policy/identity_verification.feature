Feature: Requests from someone other than the order's customer
  A refund, a cancellation or an address change touches the customer's money or goods. When the person
  asking is not the customer who placed the order (their email differs from the order's), their identity
  is not verified, and an approver must look at the request whatever the amount: no refund is paid
  automatically then, however small.

  Emails are compared without regard to case, so "Ann@Example.com" is the same customer as
  "ann@example.com".

  Background:
    Given the actor is "sam", acting as agent
    And an order "1001" of 500.00 USD placed by "ann@example.com"
    And the order was delivered 4 days ago
    And the request comes from "mallory@example.net"

  Scenario Outline: A refund of <amount> asked for by someone else needs an approver
    When the actor asks to refund <amount>
    Then the operation is tier 2 WRITE
    And the operation is allowed
    And it needs approval by an approver
    And the rule "A refund, cancellation or address change for someone other than the order's customer needs approval" fired

    Examples: amounts the order's own customer would be refunded automatically, and more
      | amount |
      | 0.01   |
      | 10.00  |
      | 100.00 |
      | 100.01 |
      | 400.00 |

  Scenario Outline: A cancellation or address change asked for by someone else needs an approver
    Given the order is processing
    When the actor asks to <change>
    Then the operation is tier 2 WRITE
    And the operation is allowed
    And it needs approval by an approver
    And the rule "A refund, cancellation or address change for someone other than the order's customer needs approval" fired

    Examples:
      | change                             |
      | cancel the order                   |
      | change the order's delivery address |

  Scenario Outline: The order's own customer, whatever the case of their email, is verified (<requester>)
    Given the request comes from "<requester>"
    When the actor asks to refund 10.00
    Then the operation is allowed
    And it needs no approval
    And the rule "A refund, cancellation or address change for someone other than the order's customer needs approval" did not fire

    Examples:
      | requester       |
      | ann@example.com |
      | Ann@Example.com |

  Scenario: Someone else's request at tier 3 still goes to a senior approver
    Given the caller's stress level is 0.90
    When the actor asks to refund 10.00
    Then the operation is tier 3 BULK
    And the operation is allowed
    And it needs approval by a senior_approver
