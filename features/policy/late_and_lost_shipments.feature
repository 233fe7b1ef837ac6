Feature: When a shipment is late, and when it is lost
  A customer who asks where their order is gets an answer, and the rules first judge the shipment against what
  the shop promised. One still on its way "lateShipmentDays" whole days or more past its promised date (1 unless
  the store sets its own) is late; one its carrier reports lost, and that has not arrived, is lost, however late
  it also is. Anything else is on time. What a late or lost shipment may earn the customer (a goodwill credit, a
  replacement) is decided afterwards by the goodwill and replacement rules.

  Scenario Outline: A shipment <days> whole day(s) past its promise is <standing>
    Given a shipment on its way, <days> whole days past its promised date
    When the shipment is judged
    Then the shipment is <standing>

    Examples: around the default allowance of 1 day
      | days | standing |
      | 0    | on time  |
      | 1    | late     |
      | 5    | late     |

  Scenario: A shipment whose promised date has not passed is on time
    Given a shipment on its way, its promised date not yet passed
    When the shipment is judged
    Then the shipment is on time
    And the rule "A shipment still on its way lateShipmentDays or more past its promised date is late" did not fire

  Scenario Outline: A store that allows 3 days finds a shipment <days> day(s) past its promise <standing>
    Given the tenant has set "lateShipmentDays" to "3"
    And a shipment on its way, <days> whole days past its promised date
    When the shipment is judged
    Then the shipment is <standing>

    Examples:
      | days | standing |
      | 2    | on time  |
      | 3    | late     |

  Scenario: A shipment its carrier reports lost is lost, however late it also is
    Given a shipment on its way that its carrier reports lost, 4 whole days past its promised date
    When the shipment is judged
    Then the shipment is lost
    And the rule "A shipment its carrier reports lost, and that has not arrived, is lost" fired

  Scenario: A shipment that arrived is neither late nor lost, whatever its carrier once said
    Given a shipment that was delivered, 2 whole days after its promised date, though its carrier once reported it lost
    When the shipment is judged
    Then the shipment is on time
