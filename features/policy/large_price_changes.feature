Feature: Large price changes
  A price that moves by more than 20 % of the old price, up or down, is tier 3 BULK and needs a
  senior approver. A move of exactly 20 % is still an ordinary single write (tier 2), which an
  approver signs off.

  The change is measured against the old price: (new price - old price) / old price.

  Background:
    Given the actor is "mia", acting as merchandiser

  Scenario Outline: A price moving from <old price> to <new price> (<change>) is tier <tier>
    When the actor asks to change the price of "MUG-01" from <old price> to <new price>
    Then the operation is tier <tier>
    And the operation is allowed
    And it needs approval by <approver>
    And the rule "A price change larger than the large-change threshold is tier 3 BULK" <large change rule>

    Examples: upwards, at and around 20 %
      | old price | new price | change    | tier    | approver          | large change rule |
      | 100.00    | 119.99    | +19.99 %  | 2 WRITE | an approver       | did not fire      |
      | 100.00    | 120.00    | +20 %     | 2 WRITE | an approver       | did not fire      |
      | 100.00    | 120.01    | +20.01 %  | 3 BULK  | a senior_approver | fired             |
      | 40.00     | 100.00    | +150 %    | 3 BULK  | a senior_approver | fired             |

    Examples: downwards, at and around 20 %
      | old price | new price | change    | tier    | approver          | large change rule |
      | 100.00    | 80.01     | -19.99 %  | 2 WRITE | an approver       | did not fire      |
      | 100.00    | 80.00     | -20 %     | 2 WRITE | an approver       | did not fire      |
      | 100.00    | 79.99     | -20.01 %  | 3 BULK  | a senior_approver | fired             |
      | 100.00    | 1.00      | -99 %     | 3 BULK  | a senior_approver | fired             |

    Examples: small and odd amounts
      | old price | new price | change    | tier    | approver          | large change rule |
      | 24.99     | 24.99     | no change | 2 WRITE | an approver       | did not fire      |
      | 24.99     | 29.98     | +19.97 %  | 2 WRITE | an approver       | did not fire      |
      | 24.99     | 29.99     | +20.008 % | 3 BULK  | a senior_approver | fired             |

  Scenario: A large change needs a senior approver other than the merchandiser who asked
    When the actor asks to change the price of "MUG-01" from 50.00 to 80.00
    Then the operation is tier 3 BULK
    And it needs approval by a senior_approver
    And the approver must be someone other than "mia"
