"""Small name lists behind the name guards, written for this project.

Why each exists:
- COMMON_SURNAMES: two different people who share a very common surname (Smith, Jones,
  Williams) are ordinary in news; two Iervolinos are not. The name-variants kind only
  reports a common surname when the bare surname has become ambiguous.
- FEMALE_GIVEN / MALE_GIVEN: given names that are clearly of one gender in English-language
  news. "Tony Blair" and "Cherie Blair" are two people; "Andrea" (female in English, male
  in Italian) is in neither list, so it never acts as a guard.
- DEMONYMS: "Russian Korzhanenko", "Australian Johnson": a nationality before a surname is
  not a given name.
- ORG_WORDS: "Manchester United", "Barnet Harriers": last words that make a name a club,
  firm or band, not a person.
"""

from __future__ import annotations

__all__ = ["COMMON_SURNAMES", "FEMALE_GIVEN", "MALE_GIVEN", "DEMONYMS", "ORG_WORDS", "gender_of"]

COMMON_SURNAMES = frozenset("""
smith jones williams taylor brown davies evans wilson thomas johnson roberts robinson thompson
wright walker white edwards hughes green hall lewis harris clarke clark patel jackson wood turner
martin cooper hill ward morris moore king watson baker harrison morgan young allen mitchell
anderson james lee scott campbell kelly bell murphy miller davis garcia rodriguez martinez
hernandez lopez gonzalez perez sanchez ramirez torres nguyen adams nelson carter phillips
parker collins stewart morales reed cook rogers rodgers gray grey bailey rivera cooper richardson cox
howard peterson kim ramos long foster sanders price bennett wood barnes ross henderson coleman
jenkins perry powell russell sullivan butler simmons fisher graham hamilton wallace murray ford
marshall owens kennedy wells alexander griffin hayes myers west cole jordan reynolds hunt black
palmer mills dixon knight hunter stone holmes lloyd rose ellis shaw chapman gibson cole webb
hart fox lawrence pearson stevens matthews jordan dawson spencer burton woods watts grant
robertson payne reid barker lane marsh fraser mason holland gardner may newman brooks moss
dean hudson jennings armstrong ryan burke o'brien byrne walsh doyle quinn lynch kane
mcdonald macdonald brennan hale day francis berry bishop potter nash fletcher gill sharp
harvey lamb neville blair cameron brady fuller porter hammond austin wade banks parsons
carr warren hopkins mccarthy duncan booth norman chambers howell jacobs oliver cunningham
ali khan singh shah ahmed hussain rahman chen wang li zhang liu yang huang zhao wu zhou
sun ma zhu hu guo he lin luo gao zheng liang xie tang xu han feng deng cao peng zeng
park choi jung kang cho yoon jang lim kumar sharma gupta das rao reddy mehta
muller mueller schmidt schneider fischer weber meyer wagner becker schulz hoffmann
rossi russo ferrari esposito bianchi romano colombo ricci marino greco bruno gallo costa
silva santos oliveira souza pereira ferreira almeida carvalho gomes martins rocha ribeiro
dubois durand leroy moreau simon laurent lefebvre michel bernard petit roux
ivanov smirnov kuznetsov popov petrov sokolov volkov novak kowalski nowak
jensen nielsen hansen pedersen andersen larsen johansson karlsson nilsson eriksson larsson
""".split())

FEMALE_GIVEN = frozenset("""
mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty
margaret sandra ashley kimberly emily donna michelle dorothy carol amanda melissa deborah
stephanie rebecca sharon laura cynthia kathleen amy shirley angela helen anna brenda pamela
nicole emma samantha katherine christine debra rachel catherine carolyn janet ruth maria
heather diane virginia julie joyce victoria olivia kelly christina lauren joan evelyn judith
megan cheryl andrea hannah martha jacqueline frances gloria ann teresa kathryn sara janice
jean alice madison doris abigail julia judy grace denise amber marilyn beverly danielle
theresa sophia marie diana brittany natalie isabella charlotte rose alexis kayla cherie
janie sharon gretchen zadie norah tracey tracy kylie dannii madonna britney beyonce
whitney mariah celine shania paula natasha sophie chloe lucy jane joanna caroline louise
claire fiona gillian hilary hillary harriet tessa ruth margaret nicola kate kirsty leona
paris serena venus martina steffi kelly jodie lindsay lindsey penelope scarlett keira
nicole uma gwyneth cate julianne meryl jennifer angelina halle charlize salma renee
carla giulia francesca chiara paola elena anna sofia ines irina olga svetlana tatiana
natalia yuliya yulia marina ekaterina anastasia lena ewa marta agnieszka katarzyna
""".split()) - {"andrea", "kelly", "jean", "marie", "ann"}

MALE_GIVEN = frozenset("""
james robert john michael david william richard joseph thomas charles christopher daniel
matthew anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy
ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott
brandon benjamin samuel gregory alexander frank patrick raymond jack dennis jerry tyler aaron
jose adam nathan henry douglas zachary peter kyle ethan walter noah jeremy christian keith
roger terry gerald harold sean austin carl arthur lawrence dylan jesse jordan bryan billy joe
bruce gabriel logan albert willie alan juan wayne elijah randy roy vincent ralph eugene
russell bobby mason philip louis harry tony gordon ozzy jimi michael mick mike dick
phil gary shaun bradley danny ian ian colin nigel graham neil clive trevor derek
robbie pharrell kenneth norman stuart alistair alastair gareth dougie wayne rio
tom tim jim bob bill ben sam dan dave steve pete rob nick chris andy ed ted jon
vladimir dmitry sergei sergey mikhail ivan alexei alexey nikolai boris yuri viktor victor
igor oleg anton klim pavel andrei konstantin fyodor domenico giuseppe giovanni marco
luca francesco alessandro matteo lorenzo stefano antonio pierre jean-pierre jacques
francois hans klaus jurgen dieter wolfgang carlos miguel pedro luis javier diego
""".split()) - {"christian", "jordan", "jean"}

DEMONYMS = frozenset("""
american british english scottish welsh irish french german italian spanish portuguese
dutch belgian swiss austrian swedish norwegian danish finnish icelandic russian ukrainian
polish czech slovak hungarian romanian bulgarian greek turkish serbian croatian bosnian
chinese japanese korean indian pakistani bangladeshi thai vietnamese indonesian malaysian
filipino australian canadian mexican brazilian argentine argentinian chilean colombian
peruvian venezuelan cuban jamaican nigerian kenyan ghanaian ethiopian egyptian moroccan
algerian tunisian israeli palestinian iranian iraqi syrian lebanese saudi afghan
south african zimbabwean european asian african latin
""".split())

ORG_WORDS = frozenset("""
united city rovers athletic harriers wanderers town county albion club fc afc group bank
inc ltd plc corp corporation company co party council association society foundation
institute university college school hospital airways airlines records music films pictures
studios studio entertainment media news times post telegraph guardian herald journal
motors industries holdings partners capital ventures systems technologies labs network
channel radio tv television orchestra band ensemble choir theatre theater museum gallery
awards prize festival league cup championship trophy trust fund agency commission committee
ministry department office service services federation union alliance coalition movement
globes globe oscars brits grammys
""".split())


def gender_of(given: str | None) -> str | None:
    """"f" or "m" for a given name that is clearly one in English news, else None."""
    if not given:
        return None
    key = given.casefold().strip(".")
    if key in FEMALE_GIVEN and key not in MALE_GIVEN:
        return "f"
    if key in MALE_GIVEN and key not in FEMALE_GIVEN:
        return "m"
    return None
