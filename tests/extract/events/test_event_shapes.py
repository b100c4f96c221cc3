"""The genre's shapes of each kind of event, written for these tests: the same meeting,
visit, signing, forum or plant told in many wordings (active and passive, verb and noun,
headline, dateline, participle, sides in oblique cases and coordinated lists), each with
the sides a gold annotator would mark. An event is found when one of its type names at
least half of them, as the real-news scorer matches events."""

from __future__ import annotations

import math

import pytest

from coopwatch.pipeline import STAGES, Pipeline
from coopwatch.records import Document
from coopwatch.records.document import Source
from coopwatch.tools import Toolkit

# the stages up to events: a one-sentence text may read as off topic to `relevance`
UP_TO_EVENTS = STAGES[:[stage.name for stage in STAGES].index("events") + 1]

# text, the events expected (type, sides a gold annotator would mark)
SHAPES = [
    # talks
    ("В Омске состоялась встреча губернатора Омской области Виталия Хоценко с послом "
     "Казахстана Даниялом Ахметовым.",
     [("meeting", {"KZ", "RU-OMS", "per:Виталий Хоценко", "per:Даниял Ахметов"})]),
    ("Губернатор Омской области Виталий Хоценко встретился с послом Казахстана Даниялом "
     "Ахметовым.",
     [("meeting", {"KZ", "RU-OMS", "per:Виталий Хоценко", "per:Даниял Ахметов"})]),
    ("С послом Казахстана Даниялом Ахметовым встретился губернатор Омской области Виталий "
     "Хоценко.",
     [("meeting", {"KZ", "RU-OMS", "per:Виталий Хоценко", "per:Даниял Ахметов"})]),
    ("Виталий Хоценко провел переговоры с послом Казахстана Даниялом Ахметовым.",
     [("meeting", {"KZ", "per:Виталий Хоценко", "per:Даниял Ахметов"})]),
    ("Переговоры губернатора Омской области и посла Казахстана прошли в правительстве региона.",
     [("meeting", {"KZ", "RU-OMS"})]),
    ("Встреча главы Омской области с делегацией Павлодарской области прошла в Омске.",
     [("meeting", {"KZ-55", "RU-OMS"})]),
    ("Губернатор Омской области принял делегацию Павлодарской области во главе с акимом "
     "Асаином Байхановым.",
     [("meeting", {"KZ-55", "RU-OMS", "per:Асаин Байханов"})]),
    ("Делегацию Павлодарской области принял губернатор Омской области Виталий Хоценко.",
     [("meeting", {"KZ-55", "RU-OMS", "per:Виталий Хоценко"})]),
    ("Участниками переговоров стали представители Томской области и китайской провинции "
     "Шаньдун.",
     [("meeting", {"CN-SD", "RU-TOM"})]),
    ("ТОМСК, 12 марта. Губернатор Томской области Владимир Мазур провел рабочую встречу с "
     "генеральным консулом Китая в Новосибирске.",
     [("meeting", {"CN", "RU-TOM", "per:Владимир Мазур"})]),
    ("Владимир Мазур и генеральный консул Китая обсудили расширение поставок леса.",
     [("meeting", {"CN", "per:Владимир Мазур"})]),
    ("Глава Чувашии Олег Николаев провел телефонный разговор с председателем Гомельского "
     "облисполкома Иваном Крупко.",
     [("meeting", {"BY-HO", "RU-CU", "per:Иван Крупко", "per:Олег Николаев"})]),
    ("Губернатор Оренбургской области Денис Паслер встретился с акимом Актюбинской области.",
     [("meeting", {"KZ-15", "RU-ORE", "per:Денис Паслер"})]),
    ("Между руководством Курганской области и представителями Узбекистана состоялись "
     "переговоры.",
     [("meeting", {"RU-KGN", "UZ"})]),
    ("Курганскую область и Узбекистан на переговорах представляли вице-губернатор и посол.",
     [("meeting", {"RU-KGN", "UZ"})]),
    ("Руководитель Новосибирской области провел встречу с представителями компании Great Wall.",
     [("meeting", {"RU-NVS", "org:Great Wall"})]),
    ("В Правительстве Челябинской области прошла встреча с делегацией из Китая.",
     [("meeting", {"CN", "RU-CHE"})]),
    ("Глава Башкортостана Радий Хабиров обсудил с послом Вьетнама развитие торговли.",
     [("meeting", {"RU-BA", "VN", "per:Радий Хабиров"})]),
    ("На встрече с вице-губернатором провинции Цзянсу глава Татарстана предложил расширить"
     " поставки.",
     [("meeting", {"CN-JS", "RU-TA"})]),
    ("Встреча вице-губернатора Свердловской области с китайской делегацией.",
     [("meeting", {"CN", "RU-SVE"})]),
    ("Глава Хакасии Валентин Коновалов встретился с делегацией китайской провинции Ганьсу.",
     [("meeting", {"CN-GS", "RU-KK", "per:Валентин Коновалов"})]),
    ("Губернатор Амурской области провел переговоры с губернатором провинции Хэйлунцзян "
     "Лян Хуэйлином.",
     [("meeting", {"CN-HL", "RU-AMU", "per:Лян Хуэйлин"})]),
    # visits
    ("Делегация Республики Беларусь посетила Нижегородскую область.",
     [("visit", {"BY", "RU-NIZ"})]),
    ("Нижегородскую область посетила делегация из Узбекистана.",
     [("visit", {"RU-NIZ", "UZ"})]),
    ("Губернатор Новосибирской области Андрей Травников посетил Китай с рабочим визитом.",
     [("visit", {"CN", "RU-NVS", "per:Андрей Травников"})]),
    ("Андрей Травников находится с рабочим визитом в Китае.",
     [("visit", {"CN", "per:Андрей Травников"})]),
    ("Визит губернатора Тюменской области в Минск.",
     [("visit", {"RU-TYU", "geo:Минск"})]),
    ("Делегация провинции Цзянсу прибыла в Казань.",
     [("visit", {"CN-JS", "geo:Казань"})]),
    ("В Екатеринбург прибыла делегация китайской провинции Хэйлунцзян во главе с вице-"
     "губернатором.",
     [("visit", {"CN-HL", "geo:Екатеринбург"})]),
    ("Губернатор Амурской области Василий Орлов в ближайшее время посетит Харбин.",
     [("visit", {"RU-AMU", "geo:Харбин", "per:Василий Орлов"})]),
    ("В июне планируется визит делегации Самаркандской области в Самарскую область.",
     [("visit", {"RU-SAM", "UZ-SA"})]),
    ("Представители бизнеса Вологодской области побывали в Гомеле.",
     [("visit", {"RU-VLG", "geo:Гомель"})]),
    ("С официальным визитом Астраханскую область посетил посол Ирана Казем Джалали.",
     [("visit", {"IR", "RU-AST", "per:Казем Джалали"})]),
    ("В ходе визита делегации Алтайского края в Монголию стороны обсудили поставки зерна.",
     [("visit", {"MN", "RU-ALT"})]),
    ("Делегация Ярославской области во главе с губернатором Михаилом Евраевым находится в "
     "Минске.",
     [("visit", {"RU-YAR", "geo:Минск", "per:Михаил Евраев"})]),
    ("Иркутскую область с рабочей поездкой посетили представители провинции Ляонин.",
     [("visit", {"CN-LN", "RU-IRK"})]),
    ("Глава Удмуртии совершил поездку в Узбекистан.",
     [("visit", {"RU-UD", "UZ"})]),
    ("Делегация Витебской области прибудет в Смоленск в конце месяца.",
     [("visit", {"BY-VI", "geo:Смоленск"})]),
    # agreements
    ("Подписано соглашение о сотрудничестве между Красноярским краем и Республикой Беларусь.",
     [("agreement", {"BY", "RU-KYA"})]),
    ("Красноярский край и Республика Беларусь подписали соглашение о сотрудничестве.",
     [("agreement", {"BY", "RU-KYA"})]),
    ("Курская и Гомельская области заключили соглашение о торгово-экономическом "
     "сотрудничестве.",
     [("agreement", {"BY-HO", "RU-KRS"})]),
    ("Между Бурятией и Монголией заключено соглашение о сотрудничестве в сфере туризма.",
     [("agreement", {"MN", "RU-BU"})]),
    ("Меморандум, подписанный Свердловской областью и провинцией Хэйлунцзян, "
     "предусматривает обмен делегациями.",
     [("agreement", {"CN-HL", "RU-SVE"})]),
    ("Губернатор Пензенской области Олег Мельниченко и посол Беларуси Дмитрий Крутой "
     "подписали дорожную карту.",
     [("agreement", {"BY", "RU-PNZ", "per:Дмитрий Крутой", "per:Олег Мельниченко"})]),
    ("Омская область и Павлодарская область планируют подписать соглашение о сотрудничестве.",
     [("agreement", {"KZ-55", "RU-OMS"})]),
    ("Соглашение о сотрудничестве с провинцией Ганьсу подписал губернатор Ставропольского "
     "края Владимир Владимиров.",
     [("agreement", {"CN-GS", "RU-STA", "per:Владимир Владимиров"})]),
    ("Правительство Ульяновской области и компания Haier подписали соглашение о "
     "строительстве завода.",
     [("agreement", {"RU-ULY", "org:Haier"})]),
    ("Тульская область заключила с Могилевской областью соглашение о сотрудничестве.",
     [("agreement", {"BY-MA", "RU-TUL"})]),
    ("Документ подписали губернатор Калужской области Владислав Шапша и председатель "
     "Брестского облисполкома Петр Пархомчик.",
     [("agreement", {"BY-BR", "RU-KLU", "per:Владислав Шапша", "per:Петр Пархомчик"})]),
    ("Соглашение о партнерстве между Самарской областью и провинцией Хэнань.",
     [("agreement", {"CN-HA", "RU-SAM"})]),
    ("Республика Татарстан и провинция Цзянсу подпишут меморандум о сотрудничестве в "
     "ближайшее время.",
     [("agreement", {"CN-JS", "RU-TA"})]),
    ("Между Новгородской областью и Витебской областью подписана программа сотрудничества "
     "на 2025–2027 годы.",
     [("agreement", {"BY-VI", "RU-NGR"})]),
    ("Стороны подписали меморандум о взаимопонимании между Астраханской областью и "
     "Мазендераном.",
     [("agreement", {"IR-21", "RU-AST"})]),
    ("По итогам встречи Ленинградская область и Согдийская область подписали соглашение.",
     [("agreement", {"RU-LEN", "TJ-SU"})]),
    ("Ставропольский край подписал соглашение с Гродненской областью.",
     [("agreement", {"BY-HR", "RU-STA"})]),
    ("Соглашение между Чувашией и Минской областью было подписано в Минске.",
     [("agreement", {"BY-MI", "RU-CU"})]),
    # forums
    ("Делегация Новосибирской области приняла участие в выставке в Харбине.",
     [("forum", {"RU-NVS", "geo:Харбин"})]),
    ("Предприятия Татарстана приняли участие в Кантонской ярмарке в Гуанчжоу.",
     [("forum", {"CN", "RU-TA"})]),
    ("В Минске прошел Форум регионов Беларуси и России.",
     [("forum", {"BY", "RU"})]),
    ("Казахстанские компании представили свою продукцию на выставке в Омске.",
     [("forum", {"KZ", "geo:Омск"})]),
    ("Омская область примет участие в Российско-Казахстанском межрегиональном форуме.",
     [("forum", {"KZ", "RU-OMS"})]),
    ("Экспозиция Амурской области представлена на выставке в Харбине.",
     [("forum", {"RU-AMU", "geo:Харбин"})]),
    ("Иркутская область впервые представила свой стенд на ярмарке в Шэньяне.",
     [("forum", {"RU-IRK", "geo:Шэньян"})]),
    # plants
    ("Китайская компания Chery наладит выпуск автомобилей в Калининградской области.",
     [("localization", {"RU-KGD", "org:Chery"})]),
    ("В Липецкой области запустили производство тракторов совместно с белорусской "
     "компанией МТЗ.",
     [("localization", {"RU-LIP", "org:МТЗ"})]),
    ("Компания Haier построит в Татарстане новый завод.",
     [("localization", {"RU-TA", "org:Haier"})]),
    ("Белорусский МАЗ локализует производство автобусов в Тверской области.",
     [("localization", {"RU-TVE", "org:МАЗ"})]),
    ("Производство электробусов в Смоленске организует белорусская компания Белкоммунмаш.",
     [("localization", {"geo:Смоленск", "org:Белкоммунмаш"})]),
    ("Компания Haval открыла в Тульской области сервисный центр.",
     [("localization", {"RU-TUL", "org:Haval"})]),
    # the imperfective verbs of building and opening
    ("С индийскими партнерами мы создаем в Калужской области предприятие по выпуску "
     "лекарств.",
     [("localization", {"RU-KLU", "IN"})]),
    ("Китайская компания Haier строит в Татарстане новый завод.",
     [("localization", {"RU-TA", "org:Haier"})]),
    ("Центр технической поддержки компании БелАЗ открылся в Кемеровской области.",
     [("localization", {"RU-KEM", "org:БелАЗ"})]),
    ("Китайский производитель шин Sailun планирует разместить производство в Псковской "
     "области.",
     [("localization", {"RU-PSK", "org:Sailun"})]),
    ("Резидентом особой экономической зоны Алабуга стала китайская компания Haier.",
     [("localization", {"RU-TA", "org:Haier"})]),
    # twinning agreed is an agreement
    ("Новгородская область и Витебская область договорились о побратимстве.",
     [("agreement", {"BY-VI", "RU-NGR"})]),
    # joint projects
    ("Омская и Павлодарская области создадут совместное предприятие по переработке зерна.",
     [("joint_project", {"KZ-55", "RU-OMS"})]),
    ("Совместное предприятие Амурской области и провинции Хэйлунцзян начнет работу в "
     "Благовещенске.",
     [("joint_project", {"CN-HL", "RU-AMU"})]),
    ("Компании Смоленской области и Витебской области реализуют совместный проект по "
     "выпуску льняных тканей.",
     [("joint_project", {"BY-VI", "RU-SMO"})]),
    # investments
    ("Китайская компания вложит в строительство завода в Калужской области 5 млрд рублей.",
     [("investment", {"CN", "RU-KLU"})]),
    # visits
    ("Делегация Минской области приезжала в Чувашию в прошлом году.",
     [("visit", {"BY-MI", "RU-CU"})]),
    ("Прибывшая в Уфу делегация провинции Хубэй осмотрела предприятия.",
     [("visit", {"CN-HB", "geo:Уфа"})]),
    ("Делегация Узбекистана прибывает в Оренбург завтра.",
     [("visit", {"UZ", "geo:Оренбург"})]),
    ("Руководство Гродненской области находится в Калининграде с официальным визитом.",
     [("visit", {"BY-HR", "geo:Калининград"})]),
    ("Томскую область с визитом посетит делегация из провинции Хэбэй.",
     [("visit", {"CN-HE", "RU-TOM"})]),
    ("Председатель Могилевского облисполкома Анатолий Исаченко побывал с визитом в Туле.",
     [("visit", {"BY-MA", "geo:Тула", "per:Анатолий Исаченко"})]),
    ("Китайские инвесторы посетили Ульяновскую область.",
     [("visit", {"CN", "RU-ULY"})]),
    ("Глава Марий Эл Юрий Зайцев нанес визит в Беларусь.",
     [("visit", {"BY", "RU-ME", "per:Юрий Зайцев"})]),
    ("В Ташкент направилась делегация Самарской области.",
     [("visit", {"RU-SAM", "geo:Ташкент"})]),
    ("Делегация Ханты-Мансийского автономного округа побывала в Монголии.",
     [("visit", {"MN", "RU-KHM"})]),
    ("Вице-губернатор Ленинградской области находился в Ташкенте с рабочим визитом.",
     [("visit", {"RU-LEN", "geo:Ташкент"})]),
    ("Официальная делегация Монголии посещает Бурятию с 3 по 5 июня.",
     [("visit", {"MN", "RU-BU"})]),
    # talks
    ("Губернатор провел переговоры с делегацией провинции Хэнань, сообщает пресс-служба "
     "правительства Самарской области.",
     [("meeting", {"CN-HA", "RU-SAM"})]),
    ("Переговоры с делегацией Могилевской области провел губернатор Брянской области "
     "Александр Богомаз.",
     [("meeting", {"BY-MA", "RU-BRY", "per:Александр Богомаз"})]),
    ("Генеральный консул Китая в Иркутске Цзян Хуэй провел встречу с мэром Улан-Удэ.",
     [("meeting", {"CN", "geo:Улан-Удэ", "per:Цзян Хуэй"})]),
    ("Глава Тувы провел видеоконференцию с губернатором монгольского аймака Увс.",
     [("meeting", {"MN-046", "RU-TY"})]),
    ("Итоги встречи министра промышленности Беларуси с губернатором Вологодской области.",
     [("meeting", {"BY", "RU-VLG"})]),
    ("Мэр Новосибирска и генеральный консул Узбекистана провели рабочую встречу.",
     [("meeting", {"UZ", "geo:Новосибирск"})]),
    ("Губернатор Иркутской области встретился с послом Монголии и обсудил поставки мяса.",
     [("meeting", {"MN", "RU-IRK"})]),
    ("Переговоры в формате видеоконференции прошли между правительством Мурманской области"
     " и провинцией Ляонин.",
     [("meeting", {"CN-LN", "RU-MUR"})]),
    ("Губернатор Калужской области Владислав Шапша и посол Беларуси Дмитрий Крутой "
     "обсудили поставки техники.",
     [("meeting", {"BY", "RU-KLU", "per:Владислав Шапша", "per:Дмитрий Крутой"})]),
    ("Состоялись переговоры руководителей Пермского края и Гомельской области.",
     [("meeting", {"BY-HO", "RU-PER"})]),
    # agreements
    ("Соглашение о сотрудничестве подписали Челябинская область и Костанайская область.",
     [("agreement", {"KZ-39", "RU-CHE"})]),
    ("Подписи под меморандумом поставили губернатор Приморья и губернатор провинции Цзилинь.",
     [("agreement", {"CN-JL", "RU-PRI"})]),
    ("Ростовская область и провинция Хэйлунцзян договорились о сотрудничестве и подписали "
     "протокол.",
     [("agreement", {"CN-HL", "RU-ROS"})]),
    ("Новое соглашение Татарстан и Узбекистан подпишут в рамках форума.",
     [("agreement", {"RU-TA", "UZ"})]),
    ("Минская область и Нижегородская область обменялись подписанными соглашениями о "
     "сотрудничестве.",
     [("agreement", {"BY-MI", "RU-NIZ"})]),
    ("Подписанный Хабаровским краем и провинцией Хэйлунцзян план предусматривает "
     "строительство моста.",
     [("agreement", {"CN-HL", "RU-KHA"})]),
    ("Между правительством Иркутской области и китайской компанией Sinopec заключен "
     "договор о поставках.",
     [("agreement", {"RU-IRK", "org:Sinopec"})]),
    ("Подписание соглашения между Сахалинской областью и провинцией Хоккайдо.",
     [("agreement", {"JP-01", "RU-SAK"})]),
    ("Воронежская область подписала с Гомельской областью дорожную карту на три года.",
     [("agreement", {"BY-HO", "RU-VOR"})]),
    ("С Витебской областью Псковская область заключила меморандум о сотрудничестве.",
     [("agreement", {"BY-VI", "RU-PSK"})]),
    # forums
    ("Более 30 компаний из Китая приняли участие в выставке «Иннопром» в Екатеринбурге.",
     [("forum", {"CN", "geo:Екатеринбург"})]),
    ("Татарстан представил свои товары на ярмарке в Кашгаре.",
     [("forum", {"RU-TA", "geo:Кашгар"})]),
    ("Участие в выставке в Шанхае приняли компании Пензенской области.",
     [("forum", {"RU-PNZ", "geo:Шанхай"})]),
    # plants
    ("Китайская компания Haier откроет в Набережных Челнах завод по выпуску стиральных машин.",
     [("localization", {"geo:Набережные Челны", "org:Haier"})]),
    ("Выпуск белорусских тракторов будет налажен в Амурской области.",
     [("localization", {"BY", "RU-AMU"})]),
    ("Китайский автопроизводитель FAW планирует локализовать выпуск грузовиков в "
     "Ленинградской области.",
     [("localization", {"RU-LEN", "org:FAW"})]),
    ("В Тверской области начнется сборка тракторов Беларус.",
     [("localization", {"RU-TVE"})]),
    ("Завод по выпуску белорусских лифтов построят в Нижнем Новгороде.",
     [("localization", {"BY", "geo:Нижний Новгород"})]),
    # agreements
    ("Губернаторы Амурской области и провинции Ляонин договорились о сотрудничестве.",
     [("agreement", {"CN-LN", "RU-AMU"})]),
    ("По итогам визита были достигнуты договоренности между Читой и Улан-Батором о "
     "развитии сотрудничества.",
     [("agreement", {"geo:Улан-Батор", "geo:Чита"})]),
    ("Глава Пензенской области договорился с послом Вьетнама о развитии партнерства.",
     [("agreement", {"RU-PNZ", "VN"})]),
    ("Правительство Курганской области и Костанайский акимат договорились об укреплении "
     "связей.",
     [("agreement", {"KZ-39", "RU-KGN"})]),
    # talks
    ("Вопросы реализации инвестиционного проекта обсудили губернатор Иркутской области "
     "Сергей Ерощенко и генеральный директор китайской компании Ли Вэй.",
     [("meeting", {"CN", "RU-IRK", "per:Ли Вэй", "per:Сергей Ерощенко"})]),
    ("Поставки зерна обсудили глава Курганской области и посол Казахстана.",
     [("meeting", {"KZ", "RU-KGN"})]),
    ("Губернатор Псковской области и председатель Витебского облисполкома обсудили "
     "развитие приграничной торговли.",
     [("meeting", {"BY-VI", "RU-PSK"})]),
    ("В ходе первого дня губернатор Андрей Воробьев встретился с президентом компании "
     "Lotte Group.",
     [("meeting", {"org:Lotte Group", "per:Андрей Воробьев"})]),
    ("С генеральным консулом Вьетнама встретился мэр Владивостока Константин Шестаков.",
     [("meeting", {"VN", "geo:Владивосток", "per:Константин Шестаков"})]),
    # visits
    ("Губернатор Томской области Владимир Мазур и посол Индии Винай Кумар, находящийся с "
     "рабочим визитом в регионе, провели переговоры.",
     [("visit", {"IN", "RU-TOM", "per:Винай Кумар"}), ("meeting", {"IN", "RU-TOM", "per:Винай Кумар", "per:Владимир Мазур"})]),
    ("Встреча состоялась во время рабочей поездки губернатора Архангельской области в Ереван.",
     [("visit", {"RU-ARK", "geo:Ереван"})]),
    ("Переговоры прошли в ходе визита губернатора Тверской области в Минскую область.",
     [("visit", {"BY-MI", "RU-TVE"})]),
    ("Делегация Тамбовской области во главе с губернатором продолжает рабочий визит в "
     "Республику Татарстан.",
     [("visit", {"RU-TA", "RU-TAM"})]),
    # mixed shapes
    ("Омская область и Казахстан: итоги переговоров.",
     [("meeting", {"KZ", "RU-OMS"})]),
    ("Курганская область намерена заключить соглашение с Костанайской областью.",
     [("agreement", {"KZ-39", "RU-KGN"})]),
    ("В ближайшее время губернатор Самарской области посетит Ташкент.",
     [("visit", {"RU-SAM", "geo:Ташкент"})]),
    ("Делегацию Узбекистана ждут в Оренбурге в сентябре.",
     [("visit", {"UZ", "geo:Оренбург"})]),
    ("Гомельская область и Брянская область подпишут программу сотрудничества.",
     [("agreement", {"BY-HO", "RU-BRY"})]),
    ("Губернатор Иркутской области Игорь Кобзев провел встречу с Чрезвычайным и "
     "Полномочным Послом Монголии в России.",
     [("meeting", {"MN", "RU-IRK", "per:Игорь Кобзев"})]),
    ("Мэр Казани Ильсур Метшин принял участие в форуме в Стамбуле.",
     [("forum", {"geo:Казань", "geo:Стамбул", "per:Ильсур Метшин"})]),
    ("Челябинская область заключила с белорусским заводом МАЗ контракт на поставку автобусов.",
     [("agreement", {"RU-CHE", "org:МАЗ"})]),
    ("Соглашения подписаны с компаниями из Китая и Вьетнама.",
     [("agreement", {"CN", "VN"})]),
    ("Представители Брестской области встретились с руководством Смоленской области.",
     [("meeting", {"BY-BR", "RU-SMO"})]),
    ("Министр экономики Беларуси прибыл в Уфу для переговоров с главой Башкортостана.",
     [("visit", {"BY", "geo:Уфа"}), ("meeting", {"BY", "RU-BA"})]),
    # a plant named as a complex for making goods; a paper sealed with signatures
    ("Инвестор из Китая намерен построить в Еврейской автономной области комплекс по "
     "производству соевого масла.", [("localization", {"CN", "RU-YEV"})]),
    ("Документ о сотрудничестве губернатор Красноярского края и глава Алтайского края "
     "скрепили подписями на форуме в Иркутске.", [("agreement", {"RU-KYA", "RU-ALT"})]),
]


@pytest.fixture(scope="module")
def up_to_events(tools: Toolkit) -> Pipeline:
    return Pipeline(tools=tools, stages=UP_TO_EVENTS)


@pytest.mark.parametrize(("text", "expected"), SHAPES)
def test_each_wording_names_its_event(text: str, expected: list[tuple[str, set[str]]],
                                      up_to_events: Pipeline) -> None:
    doc = up_to_events(Document(id="shape", text=text, source=Source(published="2025-05-17")))
    found = [(event.type, set(event.participants)) for event in doc.events]
    for type_, sides in expected:
        need = math.ceil(len(sides) / 2)
        assert any(kind == type_ and len(keys & sides) >= need for kind, keys in found), found


# plants counted, not one set up: no event («работает 176 предприятий»)
COUNTED_PLANTS = [
    "В Приморском крае работает 176 предприятий с китайским капиталом.",
    "В Калужской области работают 12 заводов с турецким капиталом.",
]


@pytest.mark.parametrize("text", COUNTED_PLANTS)
def test_plants_counted_are_no_localization(text: str, up_to_events: Pipeline) -> None:
    doc = up_to_events(Document(id="counted", text=text))
    assert [event for event in doc.events if event.type == "localization"] == []


# wordings no rule reads yet, with why they were left (see the commit messages)
UNREAD = [
    ("Глава Башкирии Радий Хабиров отправился в Китай.",
     [("visit", {"per:Радий Хабиров", "RU-BA", "CN"})],
     "verbs of travel (отправиться, вылететь, прилететь): more extras on held-out dev"),
    ("Бизнесмены из Узбекистана стали участниками бизнес-форума в Челябинске.",
     [("forum", {"UZ", "geo:Челябинск"})],
     "compounds (бизнес-форум, инвестфорум): more extras on held-out dev"),
    ("Бизнес-миссия Пермского края отправилась в Казахстан.",
     [("visit", {"RU-PER", "KZ"})],
     "trade missions (бизнес-миссия): more extras than finds on dev"),
    ("В Челябинской области заработал завод китайской компании Aucma.",
     [("localization", {"RU-CHE", "org:Aucma"})],
     "a plant as the subject of an intransitive verb: more extras than finds on dev"),
    ("Инвестиции компании из ОАЭ в проект в Татарстане составят 2 млрд рублей.",
     [("investment", {"AE", "RU-TA"})],
     "«инвестиции» alone: many extras on dev"),
]


@pytest.mark.parametrize(("text", "expected", "reason"), UNREAD)
def test_wordings_not_read_yet(text: str, expected: list[tuple[str, set[str]]], reason: str,
                               up_to_events: Pipeline) -> None:
    doc = up_to_events(Document(id="shape", text=text, source=Source(published="2025-05-17")))
    found = [(event.type, set(event.participants)) for event in doc.events]
    matched = all(any(kind == type_ and len(keys & sides) >= math.ceil(len(sides) / 2)
                      for kind, keys in found) for type_, sides in expected)
    if not matched:
        pytest.xfail(reason)


# a forum told in one sentence, its sides in the next one pointing back at it
TAKEN_PART = [
    ("В Новосибирске прошел Российско-китайский форум. В нем приняли участие делегации из "
     "Томской, Кемеровской и Иркутской областей, а также провинций Цзилинь и Ляонин.",
     {"RU-TOM", "RU-KEM", "RU-IRK", "CN-JL", "CN-LN"}),
    ("В Новосибирске прошел форум. В нем приняли участие делегации Томской области и "
     "провинции Цзилинь.",
     {"RU-TOM", "CN-JL"}),
    ("В Оренбурге открылся межрегиональный форум. В мероприятии участвуют представители "
     "Актюбинской и Западно-Казахстанской областей.",
     {"KZ-15", "KZ-27"}),
]


@pytest.mark.parametrize(("text", "sides"), TAKEN_PART)
def test_sides_of_a_forum_told_in_the_next_sentence(text: str, sides: set[str],
                                                    up_to_events: Pipeline) -> None:
    doc = up_to_events(Document(id="shape", text=text, source=Source(published="2025-05-17")))
    forums = [set(event.participants) for event in doc.events if event.type == "forum"]
    assert len(forums) == 1 and sides <= forums[0], doc.events


def test_taking_part_in_what_is_no_forum_joins_none(up_to_events: Pipeline) -> None:
    text = ("В Новосибирске прошел Российско-китайский форум. Губернатор осмотрел новый завод. "
            "В нем приняли участие специалисты из провинции Цзилинь.")
    doc = up_to_events(Document(id="shape", text=text, source=Source(published="2025-05-17")))
    assert not any("CN-JL" in event.participants
                   for event in doc.events if event.type == "forum"), doc.events


# where goods go is not where the talks are; where a delegation goes is where its visit is
PLACES = [
    ("Губернатор Алтайского края Виктор Томенко провел встречу с послом Монголии. Стороны "
     "обсудили экспорт алтайской муки и зерна в Монголию.", "meeting", None),
    ("Глава Омской области встретился с послом Казахстана. Стороны обсудили поставки "
     "зерна в Казахстан и Узбекистан.", "meeting", None),
    ("Министр сельского хозяйства Бурятии и посол Монголии обсудили возможность "
     "поставлять зерно в Монголию.", "meeting", None),
    ("Делегация Омской области прибыла в Казахстан для переговоров о поставках зерна.",
     "visit", "KZ"),
    ("Губернатор Омской области встретился с акимом Павлодарской области в Павлодаре.",
     "meeting", "geo:Павлодар"),
]


@pytest.mark.parametrize(("text", "kind", "place"), PLACES)
def test_a_supply_goal_is_no_event_place(text: str, kind: str, place: str | None,
                                         up_to_events: Pipeline) -> None:
    doc = up_to_events(Document(id="shape", text=text, source=Source(published="2025-05-17")))
    found = [event.place for event in doc.events if event.type == kind]
    assert found and found[0] == place, doc.events


def test_agencies_credited_with_the_news_take_no_part(up_to_events: Pipeline) -> None:
    """«сообщает ИА PrimaMedia со ссылкой на ИА «БелТА»»: both agencies only credit the
    news of the meeting; written here after a shape seen on a regional site."""
    doc = up_to_events(Document(
        id="outlets",
        text="Губернатор Приморья Олег Кожемяко встретился с послом Беларуси Дмитрием "
             "Крутым, сообщает ИА PrimaMedia со ссылкой на ИА «БелТА». Стороны обсудили "
             "поставки техники."))
    meetings = [event for event in doc.events if event.type == "meeting"]
    assert meetings
    sides = set().union(*(event.participants for event in meetings))
    assert {"RU-PRI", "BY"} <= sides
    assert not any(key.startswith("org:") for key in sides), sides


def test_a_dateline_agency_with_its_domain_takes_no_part(up_to_events: Pipeline) -> None:
    """«Москва. 1 сентября. INTERFAX.RU - …»: the agency with its domain credits the news."""
    doc = up_to_events(Document(
        id="domain",
        text="Москва. 1 сентября. INTERFAX.RU - Премьер-министр Белоруссии провёл встречу с "
             "губернатором Псковской области, сообщила пресс-служба правительства."))
    sides = set().union(*(event.participants for event in doc.events))
    assert {"BY", "RU-PSK"} <= sides
    assert not any(key.startswith("org:") for key in sides), sides


SITE_CREDITS = [
    # a site's address, credited after the news
    ("Глава Забайкалья Александр Осипов встретился с делегацией провинции Хэйлунцзян, "
     "пишет Zabnews.ru. Стороны обсудили поставки леса.", {"RU-ZAB", "CN-HL"}),
    # a regional agency whose name ends in «-информ»
    ("Как передаёт Сахалин-информ, губернатор Сахалинской области провёл встречу с "
     "генеральным консулом Японии. Обсуждались поставки рыбы.", {"RU-SAK", "JP"}),
]


@pytest.mark.parametrize(("text", "sides"), SITE_CREDITS)
def test_a_site_or_an_inform_agency_takes_no_part(up_to_events: Pipeline, text: str,
                                                  sides: set[str]) -> None:
    """The outlet that reports a meeting is no side of it, whether the news names it by
    its address or by an «-информ» name; written here in the shapes of regional sites."""
    doc = up_to_events(Document(id="site", text=text))
    found = set().union(*(event.participants for event in doc.events))
    assert sides <= found, found
    assert not any(key.startswith("org:") for key in found), found


# joint enterprises to be set up, named in the plural under a noun of setting up, with
# the sides in one compound adjective; written here after a dev page (ve16)
JOINT_PLANS = [
    ("Губернатор Курской области считает необходимым активизировать работу по созданию "
     "совместных курско-белорусских предприятий.", "proposed", {"RU-KRS", "BY"}),
    ("Стороны договорились о создании совместных российско-вьетнамских предприятий в "
     "Приморском крае.", "planned", {"RU-PRI", "VN"}),
]


@pytest.mark.parametrize(("text", "status", "sides"), JOINT_PLANS)
def test_joint_enterprises_to_set_up_are_a_joint_project(
        up_to_events: Pipeline, text: str, status: str, sides: set[str]) -> None:
    doc = up_to_events(Document(id="joint", text=text, source=Source(published="2025-05-17")))
    found = [(event.type, event.status) for event in doc.events
             if sides <= set(event.participants)]
    assert ("joint_project", status) in found, doc.events


DISCUSSED_BUILDINGS = [
    ("Губернатор Самарской области и китайские инвесторы обсудили строительство завода "
     "по выпуску шин в Тольятти.", "localization", "proposed"),
    ("С руководством компании «Хэнтун» обсуждены вопросы создания в Курской области "
     "производства сельхозтехники.", "localization", "proposed"),
    # unchanged: a plant already built and opened is done
    ("Губернатор Самарской области и китайские инвесторы открыли завод по выпуску шин в "
     "Тольятти.", "localization", "done"),
]


# a plant that a signed agreement is about is planned: the signing is done, the plant
# not yet (session 35, read dev n016)
AGREED_BUILDINGS = [
    ("Было подписано соглашение о создании в Ульяновской области предприятия по выпуску "
     "компонентов для станков с китайской компанией.", "localization", "planned"),
    ("Губернатор и китайская компания подписали меморандум о строительстве завода в "
     "Калужской области.", "localization", "planned"),
    ("Приморский край и вьетнамская компания заключили договор о создании совместного "
     "предприятия.", "joint_project", "planned"),
    # unchanged: a plant opened under an agreement is done
    ("В соответствии с соглашением китайская компания открыла завод в Калужской области.",
     "localization", "done"),
]


@pytest.mark.parametrize(("text", "kind", "expected"), DISCUSSED_BUILDINGS + AGREED_BUILDINGS)
def test_a_plant_talked_over_is_proposed_and_one_agreed_on_planned(
        text: str, kind: str, expected: str, up_to_events: Pipeline) -> None:
    doc = up_to_events(Document(id="discussed", text=text))
    found = [event.status for event in doc.events if event.type == kind]
    assert found == [expected]


def test_leaders_spoken_of_take_no_part(up_to_events: Pipeline) -> None:
    """A side's official who speaks after the talks joins them; leaders he speaks of
    («считает, что лидеры … придают значение») do not."""
    doc = up_to_events(Document(
        id="spoken-of",
        text="Глава региона Иван Соколов провел встречу с советником-посланником Посольства "
             "РФ в Республике Беларусь Петром Лебедевым.\nПетр Лебедев считает, что "
             "президенты Владимир Путин и Александр Лукашенко большое значение придают "
             "развитию межрегионального сотрудничества."))
    meetings = [event for event in doc.events if event.type == "meeting"]
    assert meetings
    sides = set(meetings[0].participants)
    assert {"per:Иван Соколов", "per:Петр Лебедев"} <= sides
    assert not sides & {"per:Владимир Путин", "per:Александр Лукашенко"}, sides


NAMED_PLANTS = [
    # plural plants named right after: those very plants, an event
    ("Губернатор Смоленской области отметил рост торговли с Беларусью. В регионе успешно "
     "работают совместные предприятия «Гомсельмаш-Смоленск», «Бобруйскагромаш-Днепр».",
     ["joint_project"]),
    # plural joint projects a verb sets up: the sides' plan, an event
    ("Глава Кировской области предложил белорусским партнерам создавать совместные "
     "предприятия.", ["joint_project"]),
    ("Забайкалье и Восточный аймак Монголии намерены реализовать совместные проекты в "
     "сфере туризма.", ["joint_project"]),
    # a joint body, and a joint assembly that is joint before it is localized
    ("Башкирия и Каракалпакстан планируют создать совместный селекционный центр по "
     "разведению пчел.", ["joint_project"]),
    ("Кемеровская область и Белоруссия развивают совместное сборочное производство "
     "карьерных самосвалов.", ["joint_project"]),
    # unchanged: plural plants with no names are a kind of thing, no event
    ("Губернатор Смоленской области отметил, что совместные предприятия помогают "
     "наращивать торговлю с Беларусью.", []),
]


@pytest.mark.parametrize(("text", "expected"), NAMED_PLANTS)
def test_plural_plants_named_after(text: str, expected: list[str],
                                   up_to_events: Pipeline) -> None:
    doc = up_to_events(Document(id="plants", text=text))
    assert [event.type for event in doc.events if event.type == "joint_project"] == expected


# the signed paper as the subject of what it provides for is the agreement told before
SIGNED_AGAIN = [
    "Глава Крыма и губернатор Ростовской области подписали соглашение о сотрудничестве. "
    "Подписанные документы предусматривают реализацию совместных проектов.",
    "Башкортостан и Узбекистан подписали контракт на поставку овощей. Губернатор добавил, "
    "что подписанный контракт направлен на обеспечение внутреннего рынка.",
    "В Ташкенте компания «Агро-Уфа» и узбекская компания «Сабзи» подписали контракт на "
    "поставку овощей.\n\nМинистр сельского хозяйства Башкортостана Алексей Гусев "
    "добавил, что подписанный контракт направлен не только на обеспечение внутреннего "
    "рынка.",
    # the same signing told again with its signatories, and a quote about it
    "Программу скрепили подписями министр Правительства Москвы Сергей Черемин и член "
    "Исполнительного совета Абу-Даби Фалах Мухаммед Аль Ахбаби.\nПросмотров: 989\n"
    "Правительства Москвы и Абу-Даби подписали программу сотрудничества в дни визита "
    "московской делегации.\n\nПрограмму скрепили подписями министр Правительства Москвы, "
    "руководитель Департамента внешнеэкономических связей столицы Сергей Черемин и его "
    "Превосходительство, член Исполнительного совета Абу-Даби, глава Департамента "
    "планирования Фалах Мухаммед Аль Ахбаби.\n\n«Считаю, что подписание Программы "
    "сотрудничества определит новый этап отношений», – отметил Сергей Черемин.",
]


@pytest.mark.parametrize("text", SIGNED_AGAIN)
def test_the_signed_paper_told_again_is_one_agreement(text: str,
                                                      up_to_events: Pipeline) -> None:
    doc = up_to_events(Document(id="again", text=text, source=Source(published="2025-05-17")))
    assert [event.type for event in doc.events].count("agreement") == 1, doc.events
