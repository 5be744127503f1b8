"""Nationality adjectives: the words that can be a person's single-valued nationality.

spaCy's NORP label mixes nationalities with religions and parties ("Muslim",
"Republican"), which are compatible with any nationality, so attributes use this list.
"""

from __future__ import annotations

__all__ = ["DEMONYMS", "is_demonym"]

DEMONYMS: frozenset[str] = frozenset("""
afghan albanian algerian american andorran angolan argentine argentinian armenian australian
austrian azerbaijani bahamian bahraini bangladeshi barbadian belarusian belgian belizean
beninese bhutanese bolivian bosnian botswanan brazilian british bruneian bulgarian burkinabe
burmese burundian cambodian cameroonian canadian cape-verdean chadian chilean chinese
colombian congolese costa-rican croatian cuban cypriot czech danish djiboutian dominican
dutch ecuadorian egyptian emirati english equatorial eritrean estonian ethiopian fijian
filipino finnish french gabonese gambian georgian german ghanaian greek grenadian guatemalan
guinean guyanese haitian honduran hungarian icelandic indian indonesian iranian iraqi irish
israeli italian ivorian jamaican japanese jordanian kazakh kenyan korean kosovan kuwaiti
kyrgyz laotian latvian lebanese liberian libyan liechtensteiner lithuanian luxembourgish
macedonian malagasy malawian malaysian maldivian malian maltese mauritanian mauritian mexican
moldovan monegasque mongolian montenegrin moroccan mozambican namibian nepalese nepali
nicaraguan nigerian nigerien norwegian omani pakistani palestinian panamanian paraguayan
peruvian polish portuguese qatari romanian russian rwandan salvadoran samoan saudi scottish
senegalese serbian sierra-leonean singaporean slovak slovakian slovenian somali
south-african spanish sri-lankan sudanese surinamese swazi swedish swiss syrian taiwanese
tajik tanzanian thai togolese tongan trinidadian tunisian turkish turkmen ugandan ukrainian
uruguayan uzbek venezuelan vietnamese welsh yemeni zambian zimbabwean
""".split())


def is_demonym(word: str) -> bool:
    """True for a nationality adjective ("Italian", "italian")."""
    return word.lower() in DEMONYMS
