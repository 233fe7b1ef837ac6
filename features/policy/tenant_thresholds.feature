Feature: A tenant's own thresholds
  The numbers the policy compares against have defaults, and each tenant (store) may set its own:

    | setting            | default | what it limits                                             |
    | maxAutoRefund      | 100.00  | the largest refund approved automatically                  |
    | bulkRecords        | 10      | the records a write may affect before it is tier 3         |
    | largePriceChange   | 0.20    | the share a price may move by before it is tier 3 (20 %)   |
    | marginFloor        | 0.10    | the smallest margin a new price may leave (10 %)           |
    | stressLevel        | 0.7     | the caller's stress above which a write is escalated       |
    | sessionMinutes     | 60      | the conversation length above which a write is escalated   |
    | refundWindowDays   | 30      | the days after delivery a refund is still automatic        |
    | maxRefundsIn30Days | 3       | the refunds in 30 days from which a refund is not automatic |
    | goodwillShare      | 0.10    | the share of an order a goodwill credit comes to (10 %)    |
    | maxAutoGoodwill    | 10.00   | the largest goodwill credit given without an approver      |
    | maxGoodwill        | 100.00  | the most an order's goodwill credits may add up to         |
    | returnWindowDays   | 30      | the days after delivery a replacement is still sent        |
    | lateShipmentDays   | 1       | the days past its promised date a shipment is late         |

  A tenant's setting replaces the default for that tenant only, and is compared exactly as the default
  would be: a value at the tenant's limit is still within it. A setting that is not a number leaves the
  default in force.

  Scenario Outline: A store whose auto-refund limit is 250.00 pays a refund of <amount> with <approval>
    Given the tenant has set "maxAutoRefund" to "250.00"
    And the actor is "sam", acting as agent
    And an order "1001" of 500.00 USD placed by "ann@example.com"
    And the order was delivered 5 days ago
    And the request comes from "ann@example.com"
    When the actor asks to refund <amount>
    Then the operation is tier 2 WRITE
    And the operation is allowed
    And it needs <approval>

    Examples: at and around the tenant's limit of 250.00, and above the default of 100.00
      | amount | approval                |
      | 100.00 | no approval             |
      | 100.01 | no approval             |
      | 249.99 | no approval             |
      | 250.00 | no approval             |
      | 250.01 | approval by an approver |

  Scenario Outline: A store with <setting> at <value> decides a refund of <amount> with <approval>
    Given the tenant has set "<setting>" to "<value>"
    And the actor is "sam", acting as agent
    And an order "1001" of 500.00 USD placed by "ann@example.com"
    And the order was delivered <days> days ago
    And the request comes from "ann@example.com"
    And the customer has had <refunds> refunds in the last 30 days
    When the actor asks to refund <amount>
    Then the operation is tier 2 WRITE
    And the operation is allowed
    And it needs <approval>

    Examples: a lower auto-refund limit
      | setting       | value | days | refunds | amount | approval                |
      | maxAutoRefund | 25    | 5    | 0       | 25.00  | no approval             |
      | maxAutoRefund | 25    | 5    | 0       | 25.01  | approval by an approver |
      | maxAutoRefund | 0     | 5    | 0       | 0.01   | approval by an approver |

    Examples: a shorter refund window of 14 days
      | setting          | value | days | refunds | amount | approval                |
      | refundWindowDays | 14    | 14   | 0       | 50.00  | no approval             |
      | refundWindowDays | 14    | 15   | 0       | 50.00  | approval by an approver |

    Examples: up to 5 refunds in 30 days
      | setting            | value | days | refunds | amount | approval                |
      | maxRefundsIn30Days | 5     | 5    | 3       | 50.00  | no approval             |
      | maxRefundsIn30Days | 5     | 5    | 4       | 50.00  | no approval             |
      | maxRefundsIn30Days | 5     | 5    | 5       | 50.00  | approval by an approver |

    Examples: a setting that is not a number leaves the default of 100.00
      | setting       | value | days | refunds | amount | approval                |
      | maxAutoRefund | lots  | 5    | 0       | 100.00 | no approval             |
      | maxAutoRefund | lots  | 5    | 0       | 100.01 | approval by an approver |

  Scenario Outline: A store whose bulk threshold is 50 records: a write affecting <records> records is tier <tier>
    Given the tenant has set "bulkRecords" to "50"
    And the actor is "mia", acting as merchandiser
    When the actor asks for "update_inventory" affecting <records> records
    Then the operation is tier <tier>
    And the operation is allowed
    And it needs approval by <approver>

    Examples:
      | records | tier    | approver          |
      | 11      | 2 WRITE | an approver       |
      | 50      | 2 WRITE | an approver       |
      | 51      | 3 BULK  | a senior_approver |

  Scenario Outline: A store that allows price moves of 50 %: from 100.00 to <new price> is tier <tier>
    Given the tenant has set "largePriceChange" to "0.50"
    And the actor is "mia", acting as merchandiser
    When the actor asks to change the price of "MUG-01" from 100.00 to <new price>
    Then the operation is tier <tier>
    And the operation is allowed
    And it needs approval by <approver>

    Examples:
      | new price | tier    | approver          |
      | 120.01    | 2 WRITE | an approver       |
      | 150.00    | 2 WRITE | an approver       |
      | 150.01    | 3 BULK  | a senior_approver |
      | 50.00     | 2 WRITE | an approver       |
      | 49.99     | 3 BULK  | a senior_approver |

  Scenario Outline: A store whose margin floor is 25 %: a price of 100.00 over a cost of <cost> is tier <tier>
    Given the tenant has set "marginFloor" to "0.25"
    And the actor is "mia", acting as merchandiser
    When the actor asks to change the price of "LAMP-7" from 95.00 to 100.00, at a unit cost of <cost>
    Then the operation is tier <tier>
    And the operation is allowed
    And it needs approval by <approver>

    Examples:
      | cost  | tier    | approver          |
      | 80.00 | 3 BULK  | a senior_approver |
      | 75.01 | 3 BULK  | a senior_approver |
      | 75.00 | 2 WRITE | an approver       |

  Scenario Outline: A store with <setting> at <value>: a cancellation at stress <stress> after <minutes> minutes is tier <tier>
    Given the tenant has set "<setting>" to "<value>"
    And the actor is "sam", acting as agent
    And an order "1001" of 500.00 USD placed by "ann@example.com"
    And the request comes from "ann@example.com"
    And the caller's stress level is <stress>
    And the conversation has lasted <minutes> minutes
    When the actor asks to cancel the order
    Then the operation is tier <tier>
    And the operation is allowed
    And it needs approval by <approver>

    Examples: a higher stress level of 0.9
      | setting     | value | stress | minutes | tier    | approver          |
      | stressLevel | 0.9   | 0.71   | 5       | 2 WRITE | an approver       |
      | stressLevel | 0.9   | 0.90   | 5       | 2 WRITE | an approver       |
      | stressLevel | 0.9   | 0.91   | 5       | 3 BULK  | a senior_approver |

    Examples: a shorter conversation of 30 minutes
      | setting        | value | stress | minutes | tier    | approver          |
      | sessionMinutes | 30    | 0.10   | 30      | 2 WRITE | an approver       |
      | sessionMinutes | 30    | 0.10   | 31      | 3 BULK  | a senior_approver |

  Scenario: Without a setting of its own, a store keeps the default auto-refund limit of 100.00
    Given the actor is "sam", acting as agent
    And an order "1001" of 500.00 USD placed by "ann@example.com"
    And the order was delivered 5 days ago
    And the request comes from "ann@example.com"
    When the actor asks to refund 100.01
    Then the operation is tier 2 WRITE
    And the operation is allowed
    And it needs approval by an approver
