"""Demo translations of three guides and the guides index page.

Plain data, no imports. Keys are language codes; each language holds "guides" (the index page:
title, summary, intro) and one entry per guide slug (title, summary, body).

Each translated body has exactly the same structure as the English body in demo_content.GUIDES:
the same blocks in the same order, the same keys and list lengths, and the same non-text values
(level, urgency, phone, text_number, website, href). The loader pairs English and translated
strings by position.

Notes for reviewers:
- UK words people will hear at reception are kept in English in brackets, e.g. (GP), (A&E).
- The step "Say the name of your language in English" gives each reader their own language
  as the example ("Polish", "Somali", ...).
- The phrase "I speak Arabic. Please book an Arabic interpreter." is translated as written
  (Arabic) in every language, so it still matches the English beside it.
- "Don't" items carry the negation in every language, so an item read on its own is never
  an instruction to do the wrong thing.
"""

TRANSLATIONS = {
    # ------------------------------------------------------------------ Arabic
    "ar": {
        "guides": {
            "title": "أدلة لاستخدام الخدمات الصحية الوطنية (NHS)",
            "summary": "أدلة قصيرة وسهلة للحصول على الرعاية من الخدمات الصحية الوطنية (NHS) في إنجلترا. اعرف كيف ترى طبيبًا عامًا (GP)، وكيف تحصل على مساعدة سريعة، وما هي حقوقك.",
            "intro": (
                "<p>تشرح هذه الأدلة كيف تستخدم الخدمات الصحية الوطنية (NHS) في إنجلترا، مهمة واحدة في كل مرة. "
                "كتبها أشخاص وجدوا صعوبة في استخدام الخدمات الصحية، مع أطباء عامين وممرضين. "
                "يمكنك أن تُري أي دليل للموظفين في مكتب الاستقبال (reception).</p>"
            ),
        },
        "register-with-a-gp": {
            "title": "التسجيل لدى طبيب عام (GP)",
            "summary": "يمكنك التسجيل لدى طبيب عام (GP) مجانًا. لا تحتاج إلى إثبات عنوان أو هوية أو وضع الهجرة. هنا تجد كيف تسجّل، وماذا تفعل إذا رفضت العيادة تسجيلك.",
            "body": [
                (
                    "summary",
                    {
                        "points": [
                            "التسجيل لدى طبيب عام (GP) مجاني.",
                            "لا تحتاج إلى إثبات عنوان أو هوية أو وضع الهجرة.",
                            "إذا لم يكن لديك بيت، يمكنك استخدام عنوان العيادة، أو عنوان مركز نهاري (day centre) أو سكن مؤقت (hostel).",
                            "إذا رفضت العيادة تسجيلك، يجب أن تخبرك بالسبب كتابةً.",
                        ]
                    },
                ),
                ("heading", {"text": "من يستطيع التسجيل", "level": "h2"}),
                (
                    "text",
                    (
                        "<p>أي شخص في إنجلترا يستطيع التسجيل في عيادة طبيب عام (GP practice أو surgery). "
                        "هذا يشمل الأشخاص بلا مأوى والأشخاص القادمين من بلد آخر. "
                        "وضع الهجرة لا يهم. زيارة الطبيب العام مجانية.</p>"
                        "<p>الطبيب العام (GP) هو طبيب العائلة. يستطيع أن يساعدك في معظم المشاكل الصحية. "
                        "ويستطيع أيضًا أن يرسلك إلى مستشفى أو إلى طبيب مختص (هذا اسمه تحويل، referral).</p>"
                    ),
                ),
                (
                    "rights",
                    {
                        "heading": "",
                        "rights": [
                            "لا تحتاج إلى إثبات عنوان للتسجيل.",
                            "لا تحتاج إلى هوية، مثل جواز السفر، للتسجيل.",
                            "لا تحتاج إلى إظهار تأشيرة (visa) أو وضع الهجرة.",
                            "لا تحتاج إلى رقم NHS (NHS number).",
                            "لا يجوز للعيادة أن ترفضك بسبب عرقك أو دينك أو ميولك الجنسية أو إعاقتك أو صحتك.",
                        ],
                        "note": (
                            "<p>هذه قواعد الخدمات الصحية الوطنية في إنجلترا (NHS England). "
                            "كثير من العيادات انضمت إلى برنامج <b>العيادات الآمنة (Safe Surgeries)</b>. "
                            "هذا يعني أنها وعدت بأن ترحّب بالجميع.</p>"
                        ),
                    },
                ),
                ("heading", {"text": "كيف تسجّل", "level": "h2"}),
                (
                    "steps",
                    {
                        "steps": [
                            {
                                "title": "ابحث عن عيادة طبيب عام قريبة منك",
                                "text": (
                                    '<p>ابحث عن العيادات على <a href="https://www.nhs.uk/service-search/find-a-gp">موقع NHS</a>. '
                                    "يمكنك أيضًا أن تسأل عامل دعم (support worker) أو صديقًا تثق به.</p>"
                                ),
                            },
                            {
                                "title": "اطلب التسجيل، عبر الإنترنت أو في الاستقبال",
                                "text": (
                                    "<p>كثير من العيادات تسمح لك بالتسجيل عبر الإنترنت. "
                                    "يمكنك أيضًا أن تذهب إلى الاستقبال (reception) وتطلب استمارة تسجيل. "
                                    "اسم استمارة NHS هو GMS1.</p>"
                                ),
                            },
                            {
                                "title": "املأ الاستمارة",
                                "text": (
                                    "<p>اكتب اسمك وتاريخ ميلادك. أضف عنوانًا إذا كان لديك عنوان. "
                                    "يمكنك أن تترك خانة فارغة إذا كنت لا تعرف الجواب. "
                                    "الموظفون يستطيعون مساعدتك في ملئها.</p>"
                                ),
                            },
                            {
                                "title": "انتظر ردّ العيادة",
                                "text": (
                                    "<p>ستخبرك العيادة عندما يتم تسجيلك. هذا يأخذ غالبًا بضعة أيام. "
                                    "أعطهم رقم هاتف إذا استطعت.</p>"
                                ),
                            },
                            {
                                "title": "احجز موعدًا",
                                "text": (
                                    "<p>بعد أن يتم تسجيلك، يمكنك أن تحجز موعدًا مع طبيب عام أو ممرض. "
                                    "إذا كنت تحتاج مساعدة اليوم، قل إن الأمر عاجل (urgent).</p>"
                                ),
                            },
                        ]
                    },
                ),
                ("heading", {"text": "إذا لم يكن لديك عنوان ثابت", "level": "h2"}),
                (
                    "text",
                    (
                        "<p>ما زال بإمكانك التسجيل. يمكنك أن تعطي عنوان مركز نهاري (day centre) أو سكن مؤقت (hostel). "
                        "يمكنك أيضًا أن تستخدم عنوان العيادة نفسها.</p>"
                        "<p>العيادة تحتاج إلى طريقة للتواصل معك. "
                        "رقم هاتف أو بيانات عامل الدعم (support worker) يمكن أن تساعد.</p>"
                    ),
                ),
                (
                    "inset",
                    {
                        "text": (
                            "<p>قد يطلب منك الموظفون هوية أو إثبات عنوان. "
                            "<b>يمكنك أن تقول إنه ليس لديك.</b> ويجب على العيادة أن تسجّلك مع ذلك.</p>"
                        )
                    },
                ),
                ("heading", {"text": "ماذا يمكنك أن تقول في الاستقبال", "level": "h2"}),
                (
                    "phrases",
                    {
                        "intro": "يمكنك أن تقول هذه الكلمات، أو أن تُري هذه الصفحة على هاتفك.",
                        "phrases": [
                            "أريد أن أسجّل في هذه العيادة، من فضلك.",
                            "ليس لدي هوية أو إثبات عنوان. أعرف أنني لا أحتاج إليهما للتسجيل.",
                            "ليس لدي بيت. هل يمكنني استخدام عنوان العيادة؟",
                            "هل يمكنك أن تساعدني في ملء الاستمارة، من فضلك؟",
                            "أحتاج إلى مترجم، من فضلك. أعرف أنه مجاني.",
                            "إذا لم تستطيعوا تسجيلي، من فضلكم أعطوني السبب كتابةً.",
                        ],
                    },
                ),
                ("heading", {"text": "إذا رفضت العيادة تسجيلك", "level": "h2"}),
                (
                    "text",
                    (
                        "<p>العيادة تستطيع أن ترفض لأسباب قليلة فقط. قد تكون قائمة المرضى عندها ممتلئة. "
                        "أو قد تسكن خارج المنطقة التي تخدمها. "
                        "لا يجوز أن ترفضك لأنه ليس لديك هوية أو عنوان أو تأشيرة.</p>"
                    ),
                ),
                (
                    "steps",
                    {
                        "steps": [
                            {
                                "title": "اطلب السبب كتابةً",
                                "text": "<p>يجب على العيادة أن تعطيك رسالة تشرح السبب.</p>",
                            },
                            {
                                "title": "جرّب عيادة أخرى قريبة",
                                "text": "<p>إذا رفضتك عيادة واحدة، يمكنك أن تسجّل في عيادة أخرى.</p>",
                            },
                            {
                                "title": "اطلب المساعدة من NHS في منطقتك",
                                "text": (
                                    "<p>مجلس الرعاية المتكاملة المحلي (integrated care board أو ICB) يدير خدمات الأطباء العامين في منطقتك. "
                                    "يستطيع أن يساعدك في إيجاد عيادة تقبلك.</p>"
                                ),
                            },
                            {
                                "title": "اطلب المساعدة من جمعية خيرية",
                                "text": (
                                    "<p>مركز نهاري محلي أو جمعية خيرية للاجئين تستطيع أن تساعدك. "
                                    "منظمة أطباء العالم (Doctors of the World) تساعد الناس أيضًا على التسجيل.</p>"
                                ),
                            },
                        ]
                    },
                ),
                (
                    "details",
                    {
                        "summary": "هل يمكنني أن أرى طبيبًا قبل أن أسجّل؟",
                        "body": (
                            "<p>نعم، إذا كنت تحتاج رعاية بسرعة. "
                            "عيادة الطبيب العام تستطيع أن تعطيك رعاية عاجلة لمدة تصل إلى 14 يومًا قبل أن تسجّل. "
                            "في حالة الطوارئ، اتصل بالرقم 999 أو اذهب إلى قسم الطوارئ (A&amp;E).</p>"
                        ),
                    },
                ),
            ],
        },
        "get-help-fast": {
            "title": "مساعدة سريعة: 999 و 111 وقسم الطوارئ (A&E)",
            "summary": "اعرف إلى أين تذهب عندما تكون مريضًا أو مصابًا. اتصل بالرقم 999 في حالة الطوارئ. اتصل بالرقم 111 عندما تحتاج مساعدة سريعة لكنها ليست حالة طوارئ.",
            "body": [
                (
                    "summary",
                    {
                        "points": [
                            "اتصل بالرقم 999 إذا كانت حياة شخص في خطر.",
                            "اتصل بالرقم 111 أو استخدم خدمة 111 على الإنترنت إذا كنت تحتاج مساعدة سريعة لكنها ليست حالة طوارئ.",
                            "الاتصال بالرقمين 999 و 111 مجاني، في النهار والليل.",
                            "يمكنك أن تطلب مترجمًا. قل اسم لغتك بالإنجليزية.",
                        ]
                    },
                ),
                ("heading", {"text": "أي خدمة تستخدم", "level": "h2"}),
                (
                    "text",
                    "<p>قد يكون من الصعب أن تعرف إلى أين تذهب. استخدم هذه المربعات لتساعدك على الاختيار. إذا لم تكن متأكدًا، اتصل بالرقم 111.</p>",
                ),
                (
                    "care_card",
                    {
                        "urgency": "emergency",
                        "heading": "اتصل بالرقم 999 أو اذهب إلى قسم الطوارئ (A&E) الآن إذا كان شخص:",
                        "body": (
                            "<ul>"
                            "<li>توقف عن التنفس، أو يجد صعوبة في التنفس.</li>"
                            "<li>عنده ألم في الصدر يشعر بأنه ثقيل أو ضاغط.</li>"
                            "<li>ينزف كثيرًا والنزيف لا يتوقف.</li>"
                            "<li>وجهه متدلٍّ من جهة، أو ذراعه ضعيفة، أو كلامه غير واضح (علامات جلطة دماغية).</li>"
                            "<li>عنده نوبة تشنج (صرع) لا تتوقف.</li>"
                            "<li>لا يستيقظ.</li>"
                            "<li>عنده حساسية شديدة، مع تورّم في الوجه أو الشفتين أو الحلق.</li>"
                            "<li>في خطر من شخص آخر الآن.</li>"
                            "</ul>"
                            "<p>قسم الطوارئ (A&amp;E) موجود في المستشفى. هو مفتوح في النهار والليل.</p>"
                        ),
                    },
                ),
                (
                    "care_card",
                    {
                        "urgency": "urgent",
                        "heading": "اتصل بالرقم 111 أو استخدم 111 على الإنترنت إذا:",
                        "body": (
                            "<ul>"
                            "<li>كنت تحتاج مساعدة اليوم، لكن لا توجد حياة في خطر.</li>"
                            "<li>كنت لا تعرف إلى أين تذهب.</li>"
                            "<li>نفد منك دواء مهم.</li>"
                            "<li>عندك ألم شديد في الأسنان وليس لديك طبيب أسنان.</li>"
                            "</ul>"
                            "<p>خدمة 111 تستطيع أن تخبرك ماذا تفعل. تستطيع أن تحجز لك موعدًا ليراك شخص مختص. "
                            "وتستطيع أيضًا أن ترسل سيارة إسعاف.</p>"
                        ),
                    },
                ),
                (
                    "care_card",
                    {
                        "urgency": "non-urgent",
                        "heading": "اسأل الصيدلي أو طبيبك العام (GP) إذا:",
                        "body": (
                            "<ul>"
                            "<li>عندك زكام أو سعال أو ألم في الحلق أو ألم في الأذن.</li>"
                            "<li>كنت تحتاج نصيحة عن دواء.</li>"
                            "<li>عندك مشكلة منذ مدة ولا تزداد سوءًا بسرعة.</li>"
                            "</ul>"
                            "<p>يمكنك أن ترى الصيدلي (pharmacist أو chemist) بدون موعد.</p>"
                        ),
                    },
                ),
                ("heading", {"text": "كيف تستخدم 111", "level": "h2"}),
                (
                    "steps",
                    {
                        "steps": [
                            {
                                "title": "اتصل بالرقم 111 أو اذهب إلى 111.nhs.uk",
                                "text": (
                                    "<p>الاتصال مجاني من الهاتف المحمول والهاتف الأرضي. "
                                    "يمكنك استخدام 111 على الإنترنت لأي شخص عمره 5 سنوات أو أكثر.</p>"
                                ),
                            },
                            {
                                "title": "قل اللغة التي تحتاجها",
                                "text": (
                                    "<p>قل اسم لغتك بالإنجليزية، مثلًا «Arabic». "
                                    "انتظر حتى يجدوا مترجمًا. هذا مجاني.</p>"
                                ),
                            },
                            {
                                "title": "أجب عن الأسئلة",
                                "text": "<p>سيسألونك عن شعورك. هذا يساعدهم على إرسالك إلى المكان الصحيح.</p>",
                            },
                            {
                                "title": "افعل ما ينصحونك به",
                                "text": (
                                    "<p>قد يعطونك نصيحة، أو يتصلون بك لاحقًا، أو يحجزون لك موعدًا في مكان ما. "
                                    "اطلب منهم أن يكرروا أي شيء لم تفهمه.</p>"
                                ),
                            },
                        ]
                    },
                ),
                (
                    "details",
                    {
                        "summary": "إذا كنت أصمّ أو تجد صعوبة في السمع",
                        "body": (
                            "<p>يمكنك استخدام خدمة NHS 111 بلغة الإشارة البريطانية (BSL) على "
                            '<a href="https://111.nhs.uk/">موقع 111</a>. '
                            "يمكنك أيضًا الاتصال بالرقم 111 عن طريق تطبيق Relay UK.</p>"
                        ),
                    },
                ),
                ("heading", {"text": "مراكز العلاج العاجل (urgent treatment centres)", "level": "h2"}),
                (
                    "text",
                    (
                        "<p>مركز العلاج العاجل يساعد في المشاكل التي تحتاج رعاية اليوم لكنها لا تهدد الحياة. "
                        "مثلًا: الالتواء، والجروح، والحروق الصغيرة، أو عظمة قد تكون مكسورة.</p>"
                        "<p>في بعض المراكز يمكنك أن تدخل مباشرة بدون موعد. "
                        "مراكز أخرى تطلب منك أن تحجز عن طريق 111 أولًا.</p>"
                    ),
                ),
                ("heading", {"text": "إذا كنت في خطر في البيت", "level": "h2"}),
                (
                    "text",
                    (
                        "<p>اتصل بالرقم 999 واطلب الشرطة. إذا لم تستطع الكلام، ابقَ على الخط. "
                        "اسعل أو انقر على الهاتف إذا استطعت.</p>"
                        "<p>من الهاتف المحمول، قد تسمع رسالة مسجلة. اضغط 55 عندما تطلب منك ذلك. "
                        "هذا يخبر الشرطة أنك تحتاج مساعدة.</p>"
                    ),
                ),
                (
                    "inset",
                    {
                        "text": (
                            "<p><b>الرعاية في قسم الطوارئ (A&amp;E) مجانية للجميع.</b> "
                            "لا تحتاج هوية أو أوراقًا لتحصل على رعاية الطوارئ.</p>"
                        )
                    },
                ),
                (
                    "do_dont",
                    {
                        "do": [
                            "اتصل بالرقم 999 في حالة الطوارئ، حتى لو لم تكن متأكدًا",
                            "أخبرهم أين أنت بأوضح طريقة ممكنة",
                            "خذ معك أدويتك، أو قائمة بها، إلى قسم الطوارئ (A&E)",
                            "اطلب مترجمًا",
                        ],
                        "dont": [
                            "لا تقُد السيارة بنفسك إلى قسم الطوارئ (A&E) إذا كنت مريضًا جدًا",
                            "لا تنتظر لترى إن كان ألم الصدر سيختفي",
                            "لا تقلق من أنك تضيّع وقت أي أحد في حالة الطوارئ",
                        ],
                    },
                ),
                (
                    "contact",
                    {
                        "name": "NHS 111",
                        "phone": "111",
                        "text_number": "",
                        "website": "https://111.nhs.uk/",
                        "opening_times": "24 ساعة في اليوم، كل يوم",
                        "note": "الاتصال مجاني. قل اسم لغتك بالإنجليزية لتحصل على مترجم.",
                    },
                ),
            ],
        },
        "ask-for-an-interpreter": {
            "title": "اطلب مترجمًا",
            "summary": "المترجمون مجانيون في رعاية NHS. اطلب مترجمًا عندما تحجز موعدًا. لست مضطرًا لأن يترجم لك أفراد عائلتك أو أصدقاؤك أو أطفالك.",
            "body": [
                (
                    "summary",
                    {
                        "points": [
                            "المترجمون مجانيون في رعاية NHS. لن تدفع أبدًا.",
                            "اطلب مترجمًا عندما تحجز موعدًا، في كل مرة.",
                            "لست مضطرًا لأن يترجم لك أفراد عائلتك أو أصدقاؤك. يجب ألا يترجم الأطفال.",
                            "يمكن أن يكون المترجم معك في الغرفة، أو على الهاتف، أو بالفيديو.",
                        ]
                    },
                ),
                ("heading", {"text": "حقك في الحصول على مترجم", "level": "h2"}),
                (
                    "rights",
                    {
                        "heading": "",
                        "rights": [
                            "يجب على NHS أن يوفّر لك مترجمًا إذا كنت تحتاجه. هذا مجاني.",
                            "يمكنك الحصول على مترجم عند الطبيب العام (GP)، وطبيب الأسنان، والصيدلية، والمستشفى، وعلى الرقم 111.",
                            "الأشخاص الصمّ يمكنهم الحصول على مترجم لغة الإشارة البريطانية (BSL).",
                            "يمكنك أن تطلب مترجمة امرأة أو مترجمًا رجلًا. سيحاول الموظفون ترتيب ذلك.",
                            "يجب على المترجمين أن يحفظوا كل ما تقوله سرًّا (confidential).",
                        ],
                        "note": "<p>هذا من إرشادات NHS England عن الترجمة في عيادات الأطباء العامين والخدمات المحلية الأخرى.</p>",
                    },
                ),
                ("heading", {"text": "كيف تطلب مترجمًا", "level": "h2"}),
                (
                    "steps",
                    {
                        "steps": [
                            {
                                "title": "أخبر العيادة بلغتك عندما تسجّل",
                                "text": "<p>اطلب منهم أن يكتبوا لغتك في ملفك. بعد ذلك يجب أن يحجزوا لك مترجمًا في كل مرة.</p>",
                            },
                            {
                                "title": "اطلب مرة أخرى عندما تحجز موعدًا",
                                "text": "<p>قل لغتك ولهجتك، مثلًا الكردية السورانية (Kurdish Sorani). هذا يساعدهم على إيجاد الشخص المناسب.</p>",
                            },
                            {
                                "title": "قل كيف تريد المترجم",
                                "text": (
                                    "<p>كثير من المترجمين يعملون بالهاتف أو بالفيديو. "
                                    "إذا كنت تريد شخصًا معك في الغرفة، قل ذلك عندما تحجز.</p>"
                                ),
                            },
                            {
                                "title": "أظهر بطاقة اللغة إذا احتجت",
                                "text": (
                                    "<p>يمكنك أن تطبع بطاقة لغة من هذا الموقع. "
                                    "البطاقة تخبر الموظفين باللغة التي تتكلمها، بالإنجليزية.</p>"
                                ),
                            },
                        ]
                    },
                ),
                (
                    "inset",
                    {
                        "text": (
                            "<p>اطلب موعدًا أطول إذا كنت تحتاج ذلك. "
                            "<b>الكلام عن طريق مترجم يأخذ وقتًا أطول.</b></p>"
                        )
                    },
                ),
                ("heading", {"text": "ماذا يمكنك أن تقول", "level": "h2"}),
                (
                    "phrases",
                    {
                        "intro": "يمكنك أن تقول هذه الكلمات في الاستقبال أو على الهاتف.",
                        "phrases": [
                            "أحتاج إلى مترجم، من فضلك.",
                            "أنا أتكلم العربية. من فضلك احجزوا لي مترجمًا للغة العربية.",
                            "أريد مترجمة امرأة، من فضلك.",
                            "لا أريد أن يترجم لي أفراد عائلتي.",
                            "هل يمكنني أن آخذ موعدًا أطول، من فضلك؟",
                            "لم أفهم. هل يمكنك أن تعيد ما قلته، من فضلك؟",
                        ],
                    },
                ),
                ("heading", {"text": "العائلة والأصدقاء والأطفال", "level": "h2"}),
                (
                    "text",
                    (
                        "<p>بعض الناس يشعرون أن إحضار شخص يعرفونه أسهل. هذا اختيارك. "
                        "لكنك لست مضطرًا لذلك أبدًا، ويجب ألا يطلب منك الموظفون ذلك.</p>"
                        "<p>يجب ألا يترجم لك طفل. الكلام عن الصحة قد يكون خاصًا أو مؤلمًا. "
                        "المترجم المدرَّب يعرف الكلمات الطبية.</p>"
                    ),
                ),
                (
                    "do_dont",
                    {
                        "do": [
                            "اطلب مترجمًا عندما تحجز موعدًا",
                            "أخبر الموظفين بلهجتك",
                            "اسأل حتى تفهم",
                        ],
                        "dont": [
                            "لا تجعل طفلًا يترجم لك",
                            "لا تشعر أنك مضطر أن تتدبّر أمرك بالإنجليزية",
                            "لا توقّع على استمارة لا تفهمها",
                        ],
                    },
                ),
                (
                    "details",
                    {
                        "summary": "ماذا لو لم أثق بالمترجم؟",
                        "body": (
                            "<p>قد يعرف المترجم أشخاصًا في مجتمعك. قد تخاف أن يتكلم عنك. "
                            "يجب على المترجمين أن يحفظوا كل شيء سرًّا. "
                            "ومع ذلك يمكنك أن تطلب مترجمًا آخر، أو مترجمًا بالهاتف من منطقة أخرى.</p>"
                        ),
                    },
                ),
                (
                    "details",
                    {
                        "summary": "هل يمكنني الحصول على الرسائل بلغتي؟",
                        "body": (
                            "<p>يمكنك أن تسأل. بعض العيادات تستطيع ترجمة الرسائل. "
                            "عيادات أخرى تستطيع أن تحجز مترجمًا ليشرح لك الرسالة.</p>"
                        ),
                    },
                ),
            ],
        },
    },
    # ------------------------------------------------------------------ Polish
    "pl": {
        "guides": {
            "title": "Przewodniki: jak korzystać z NHS",
            "summary": "Krótkie, proste przewodniki o tym, jak dostać opiekę zdrowotną NHS w Anglii. Dowiedz się, jak pójść do lekarza rodzinnego (GP), jak szybko dostać pomoc i jakie masz prawa.",
            "intro": (
                "<p>Te przewodniki wyjaśniają, jak korzystać z NHS (publicznej służby zdrowia) w Anglii. Każdy dotyczy jednej sprawy. "
                "Napisali je ludzie, którym trudno było korzystać z NHS, razem z lekarzami rodzinnymi i pielęgniarkami. "
                "Każdy przewodnik możesz pokazać pracownikom w rejestracji (reception).</p>"
            ),
        },
        "register-with-a-gp": {
            "title": "Zapisz się do lekarza rodzinnego (GP)",
            "summary": "Możesz za darmo zapisać się do lekarza rodzinnego (GP). Nie potrzebujesz dowodu adresu, dokumentu tożsamości ani statusu imigracyjnego. Tu dowiesz się, jak to zrobić i co robić, jeśli przychodnia odmówi.",
            "body": [
                (
                    "summary",
                    {
                        "points": [
                            "Zapisanie się do lekarza rodzinnego (GP) jest bezpłatne.",
                            "Nie potrzebujesz dowodu adresu, dokumentu tożsamości ani statusu imigracyjnego.",
                            "Jeśli nie masz domu, możesz podać adres przychodni albo adres ośrodka dziennego (day centre) lub hostelu.",
                            "Jeśli przychodnia odmówi, musi podać ci powód na piśmie.",
                        ]
                    },
                ),
                ("heading", {"text": "Kto może się zapisać", "level": "h2"}),
                (
                    "text",
                    (
                        "<p>Każdy w Anglii może zapisać się do przychodni lekarza rodzinnego (GP practice, surgery). "
                        "Dotyczy to także osób bez domu i osób, które przyjechały z innego kraju. "
                        "Twój status imigracyjny nie ma znaczenia. Wizyta u lekarza rodzinnego jest bezpłatna.</p>"
                        "<p>GP to lekarz rodzinny. Pomaga w większości problemów ze zdrowiem. "
                        "Może też wysłać cię do szpitala lub do specjalisty (to się nazywa skierowanie, referral).</p>"
                    ),
                ),
                (
                    "rights",
                    {
                        "heading": "",
                        "rights": [
                            "Nie potrzebujesz dowodu adresu, żeby się zapisać.",
                            "Nie potrzebujesz dokumentu tożsamości, na przykład paszportu, żeby się zapisać.",
                            "Nie musisz pokazywać wizy ani swojego statusu imigracyjnego.",
                            "Nie potrzebujesz numeru NHS (NHS number).",
                            "Przychodnia nie może ci odmówić z powodu rasy, religii, orientacji seksualnej, niepełnosprawności ani stanu zdrowia.",
                        ],
                        "note": (
                            "<p>To są zasady NHS England. Wiele przychodni dołączyło do programu <b>Safe Surgeries</b> (Bezpieczne Przychodnie). "
                            "To znaczy, że obiecały przyjmować każdego.</p>"
                        ),
                    },
                ),
                ("heading", {"text": "Jak się zapisać", "level": "h2"}),
                (
                    "steps",
                    {
                        "steps": [
                            {
                                "title": "Znajdź przychodnię blisko ciebie",
                                "text": (
                                    '<p>Szukaj przychodni na <a href="https://www.nhs.uk/service-search/find-a-gp">stronie NHS</a>. '
                                    "Możesz też zapytać pracownika wsparcia (support worker) albo przyjaciela, któremu ufasz.</p>"
                                ),
                            },
                            {
                                "title": "Poproś o zapisanie – przez internet lub w rejestracji",
                                "text": (
                                    "<p>W wielu przychodniach można zapisać się przez internet. "
                                    "Możesz też pójść do rejestracji (reception) i poprosić o formularz rejestracyjny. "
                                    "Formularz NHS nazywa się GMS1.</p>"
                                ),
                            },
                            {
                                "title": "Wypełnij formularz",
                                "text": (
                                    "<p>Wpisz swoje imię i nazwisko oraz datę urodzenia. Dopisz adres, jeśli go masz. "
                                    "Możesz zostawić puste pole, jeśli nie znasz odpowiedzi. "
                                    "Pracownicy mogą pomóc ci go wypełnić.</p>"
                                ),
                            },
                            {
                                "title": "Poczekaj na wiadomość z przychodni",
                                "text": (
                                    "<p>Przychodnia da ci znać, kiedy zapis będzie gotowy. Często trwa to kilka dni. "
                                    "Jeśli możesz, podaj swój numer telefonu.</p>"
                                ),
                            },
                            {
                                "title": "Umów wizytę",
                                "text": (
                                    "<p>Kiedy już się zapiszesz, możesz umówić wizytę u lekarza rodzinnego lub pielęgniarki. "
                                    "Jeśli potrzebujesz pomocy dzisiaj, powiedz, że to pilne (urgent).</p>"
                                ),
                            },
                        ]
                    },
                ),
                ("heading", {"text": "Jeśli nie masz stałego adresu", "level": "h2"}),
                (
                    "text",
                    (
                        "<p>Nadal możesz się zapisać. Możesz podać adres ośrodka dziennego (day centre) lub hostelu. "
                        "Możesz też podać adres samej przychodni.</p>"
                        "<p>Przychodnia musi mieć sposób, żeby się z tobą skontaktować. "
                        "Pomoże numer telefonu albo dane twojego pracownika wsparcia (support worker).</p>"
                    ),
                ),
                (
                    "inset",
                    {
                        "text": (
                            "<p>Pracownicy mogą poprosić o dokument tożsamości lub dowód adresu. "
                            "<b>Możesz powiedzieć, że ich nie masz.</b> Przychodnia i tak powinna cię zapisać.</p>"
                        )
                    },
                ),
                ("heading", {"text": "Co możesz powiedzieć w rejestracji", "level": "h2"}),
                (
                    "phrases",
                    {
                        "intro": "Możesz powiedzieć te słowa albo pokazać tę stronę na telefonie.",
                        "phrases": [
                            "Proszę zapisać mnie do tej przychodni.",
                            "Nie mam dokumentu tożsamości ani dowodu adresu. Wiem, że nie są potrzebne do zapisania się.",
                            "Nie mam domu. Czy mogę podać adres przychodni?",
                            "Proszę pomóc mi wypełnić formularz.",
                            "Potrzebuję tłumacza, proszę. Wiem, że to bezpłatne.",
                            "Jeśli nie możecie mnie zapisać, proszę podać mi powód na piśmie.",
                        ],
                    },
                ),
                ("heading", {"text": "Jeśli przychodnia odmówi", "level": "h2"}),
                (
                    "text",
                    (
                        "<p>Przychodnia może odmówić tylko z kilku powodów. Jej lista pacjentów może być pełna. "
                        "Albo mieszkasz poza obszarem, który obsługuje. "
                        "Nie może odmówić dlatego, że nie masz dokumentu, adresu albo wizy.</p>"
                    ),
                ),
                (
                    "steps",
                    {
                        "steps": [
                            {
                                "title": "Poproś o powód na piśmie",
                                "text": "<p>Przychodnia musi dać ci list, w którym napisze, dlaczego odmawia.</p>",
                            },
                            {
                                "title": "Spróbuj w innej przychodni w pobliżu",
                                "text": "<p>Jeśli jedna przychodnia odmówi, nadal możesz zapisać się do innej.</p>",
                            },
                            {
                                "title": "Poproś o pomoc lokalny NHS",
                                "text": (
                                    "<p>Twoja lokalna rada opieki zintegrowanej (integrated care board, ICB) zarządza przychodniami w twojej okolicy. "
                                    "Może pomóc ci znaleźć przychodnię, która cię przyjmie.</p>"
                                ),
                            },
                            {
                                "title": "Poproś o pomoc organizację charytatywną",
                                "text": (
                                    "<p>Pomóc może lokalny ośrodek dzienny (day centre) albo organizacja pomagająca uchodźcom. "
                                    "Organizacja Doctors of the World (Lekarze Świata) też pomaga ludziom się zapisać.</p>"
                                ),
                            },
                        ]
                    },
                ),
                (
                    "details",
                    {
                        "summary": "Czy mogę pójść do lekarza, zanim się zapiszę?",
                        "body": (
                            "<p>Tak, jeśli potrzebujesz szybkiej pomocy. "
                            "Przychodnia może udzielić ci pilnej pomocy przez maksymalnie 14 dni, zanim się zapiszesz. "
                            "W nagłym wypadku zadzwoń pod 999 albo idź na szpitalny oddział ratunkowy (A&amp;E).</p>"
                        ),
                    },
                ),
            ],
        },
        "get-help-fast": {
            "title": "Szybka pomoc: 999, 111 i A&E",
            "summary": "Dowiedz się, dokąd iść, kiedy źle się czujesz lub coś ci się stało. W nagłym wypadku dzwoń pod 999. Kiedy potrzebujesz szybkiej pomocy, ale to nie jest nagły wypadek, dzwoń pod 111.",
            "body": [
                (
                    "summary",
                    {
                        "points": [
                            "Dzwoń pod 999, jeśli czyjeś życie jest w niebezpieczeństwie.",
                            "Dzwoń pod 111 albo skorzystaj z 111 online, jeśli potrzebujesz szybkiej pomocy, ale to nie jest nagły wypadek.",
                            "Telefon pod 999 i 111 jest bezpłatny, w dzień i w nocy.",
                            "Możesz poprosić o tłumacza. Powiedz nazwę swojego języka po angielsku.",
                        ]
                    },
                ),
                ("heading", {"text": "Gdzie szukać pomocy", "level": "h2"}),
                (
                    "text",
                    "<p>Czasem trudno wiedzieć, dokąd iść. Te ramki pomogą ci wybrać. Jeśli nie masz pewności, dzwoń pod 111.</p>",
                ),
                (
                    "care_card",
                    {
                        "urgency": "emergency",
                        "heading": "Zadzwoń pod 999 albo idź od razu na szpitalny oddział ratunkowy (A&E), jeśli ktoś:",
                        "body": (
                            "<ul>"
                            "<li>przestał oddychać albo ma duże trudności z oddychaniem.</li>"
                            "<li>ma ból w klatce piersiowej, który jest ciężki lub uciska.</li>"
                            "<li>mocno krwawi i krwawienie nie ustaje.</li>"
                            "<li>ma opadniętą twarz, słabą rękę albo niewyraźną mowę (objawy udaru).</li>"
                            "<li>ma napad drgawek, który nie mija.</li>"
                            "<li>nie daje się obudzić.</li>"
                            "<li>ma silną reakcję alergiczną, z opuchniętą twarzą, ustami lub gardłem.</li>"
                            "<li>jest teraz w niebezpieczeństwie z powodu innej osoby.</li>"
                            "</ul>"
                            "<p>Szpitalny oddział ratunkowy (A&amp;E, accident and emergency) jest w szpitalu. "
                            "Jest otwarty w dzień i w nocy.</p>"
                        ),
                    },
                ),
                (
                    "care_card",
                    {
                        "urgency": "urgent",
                        "heading": "Zadzwoń pod 111 albo wejdź na 111 online, jeśli:",
                        "body": (
                            "<ul>"
                            "<li>potrzebujesz pomocy dzisiaj, ale niczyje życie nie jest w niebezpieczeństwie.</li>"
                            "<li>nie wiesz, dokąd iść.</li>"
                            "<li>skończył ci się ważny lek.</li>"
                            "<li>bardzo boli cię ząb i nie masz dentysty.</li>"
                            "</ul>"
                            "<p>W 111 powiedzą ci, co robić. Mogą umówić cię na wizytę. "
                            "Mogą też wysłać karetkę.</p>"
                        ),
                    },
                ),
                (
                    "care_card",
                    {
                        "urgency": "non-urgent",
                        "heading": "Zapytaj farmaceutę albo swojego lekarza rodzinnego (GP), jeśli:",
                        "body": (
                            "<ul>"
                            "<li>masz przeziębienie, kaszel, ból gardła albo ból ucha.</li>"
                            "<li>potrzebujesz porady o leku.</li>"
                            "<li>masz jakiś problem od dłuższego czasu i nie pogarsza się on szybko.</li>"
                            "</ul>"
                            "<p>Do farmaceuty w aptece (pharmacist, chemist) możesz pójść bez umawiania wizyty.</p>"
                        ),
                    },
                ),
                ("heading", {"text": "Jak korzystać z 111", "level": "h2"}),
                (
                    "steps",
                    {
                        "steps": [
                            {
                                "title": "Zadzwoń pod 111 albo wejdź na 111.nhs.uk",
                                "text": (
                                    "<p>Połączenie jest bezpłatne z komórki i z telefonu stacjonarnego. "
                                    "Z 111 online możesz skorzystać dla każdej osoby w wieku 5 lat lub starszej.</p>"
                                ),
                            },
                            {
                                "title": "Powiedz, jakiego języka potrzebujesz",
                                "text": (
                                    "<p>Powiedz nazwę swojego języka po angielsku, na przykład „Polish”. "
                                    "Poczekaj, aż znajdą tłumacza. To nic nie kosztuje.</p>"
                                ),
                            },
                            {
                                "title": "Odpowiedz na pytania",
                                "text": "<p>Zapytają, jak się czujesz. Dzięki temu wyślą cię we właściwe miejsce.</p>",
                            },
                            {
                                "title": "Zrób to, co ci doradzą",
                                "text": (
                                    "<p>Mogą dać ci radę, oddzwonić albo umówić cię na wizytę w jakimś miejscu. "
                                    "Poproś, żeby powtórzyli wszystko, czego nie rozumiesz.</p>"
                                ),
                            },
                        ]
                    },
                ),
                (
                    "details",
                    {
                        "summary": "Jeśli jesteś osobą głuchą albo słabo słyszysz",
                        "body": (
                            "<p>Możesz skorzystać z usługi NHS 111 w brytyjskim języku migowym (BSL) na "
                            '<a href="https://111.nhs.uk/">stronie 111</a>. '
                            "Możesz też zadzwonić pod 111 przez aplikację Relay UK.</p>"
                        ),
                    },
                ),
                ("heading", {"text": "Ośrodki pilnej pomocy (urgent treatment centres)", "level": "h2"}),
                (
                    "text",
                    (
                        "<p>Ośrodek pilnej pomocy (urgent treatment centre) pomaga w problemach, które wymagają pomocy dzisiaj, "
                        "ale nie zagrażają życiu. Na przykład: skręcenia, skaleczenia, małe oparzenia albo kość, która może być złamana.</p>"
                        "<p>Do niektórych ośrodków możesz po prostu przyjść. "
                        "Inne proszą, żeby najpierw umówić się przez 111.</p>"
                    ),
                ),
                ("heading", {"text": "Jeśli grozi ci niebezpieczeństwo w domu", "level": "h2"}),
                (
                    "text",
                    (
                        "<p>Zadzwoń pod 999 i poproś o policję. Jeśli nie możesz mówić, nie rozłączaj się. "
                        "Jeśli możesz, zakaszl albo stuknij w telefon.</p>"
                        "<p>Z komórki możesz usłyszeć nagraną wiadomość. Kiedy cię o to poprosi, naciśnij 55. "
                        "W ten sposób policja wie, że potrzebujesz pomocy.</p>"
                    ),
                ),
                (
                    "inset",
                    {
                        "text": (
                            "<p><b>Pomoc na szpitalnym oddziale ratunkowym (A&amp;E) jest bezpłatna dla wszystkich.</b> "
                            "Nie potrzebujesz dokumentów, żeby dostać pomoc w nagłym wypadku.</p>"
                        )
                    },
                ),
                (
                    "do_dont",
                    {
                        "do": [
                            "dzwoń pod 999 w nagłym wypadku, nawet jeśli nie masz pewności",
                            "powiedz jak najdokładniej, gdzie jesteś",
                            "weź na oddział ratunkowy (A&E) swoje leki albo ich listę",
                            "poproś o tłumacza",
                        ],
                        "dont": [
                            "nie prowadź samochodu w drodze na oddział ratunkowy (A&E), jeśli czujesz się bardzo źle",
                            "nie czekaj, aż ból w klatce piersiowej minie",
                            "nie martw się, że w nagłym wypadku zabierasz komuś czas",
                        ],
                    },
                ),
                (
                    "contact",
                    {
                        "name": "NHS 111",
                        "phone": "111",
                        "text_number": "",
                        "website": "https://111.nhs.uk/",
                        "opening_times": "24 godziny na dobę, codziennie",
                        "note": "Połączenie jest bezpłatne. Powiedz nazwę swojego języka po angielsku, żeby dostać tłumacza.",
                    },
                ),
            ],
        },
        "ask-for-an-interpreter": {
            "title": "Poproś o tłumacza",
            "summary": "Tłumacz w NHS jest bezpłatny. Poproś o niego, kiedy umawiasz wizytę. Nie musisz prosić o tłumaczenie rodziny, przyjaciół ani dzieci.",
            "body": [
                (
                    "summary",
                    {
                        "points": [
                            "Tłumacz w NHS jest bezpłatny. Nigdy nie płacisz.",
                            "Proś o tłumacza za każdym razem, kiedy umawiasz wizytę.",
                            "Nie musisz prosić o tłumaczenie rodziny ani przyjaciół. Dzieci nie powinny tłumaczyć.",
                            "Tłumacz może być na miejscu, przez telefon albo przez wideo.",
                        ]
                    },
                ),
                ("heading", {"text": "Masz prawo do tłumacza", "level": "h2"}),
                (
                    "rights",
                    {
                        "heading": "",
                        "rights": [
                            "NHS musi zapewnić ci tłumacza, jeśli go potrzebujesz. To nic nie kosztuje.",
                            "Możesz mieć tłumacza u lekarza rodzinnego (GP), u dentysty, w aptece, w szpitalu i w 111.",
                            "Osoby głuche mogą mieć tłumacza brytyjskiego języka migowego (BSL).",
                            "Możesz poprosić, żeby tłumaczem była kobieta albo mężczyzna. Pracownicy spróbują to załatwić.",
                            "Tłumacz musi zachować w tajemnicy wszystko, co mówisz (confidential).",
                        ],
                        "note": "<p>To wynika z wytycznych NHS England o tłumaczeniu w przychodniach lekarzy rodzinnych i innych lokalnych usługach.</p>",
                    },
                ),
                ("heading", {"text": "Jak poprosić", "level": "h2"}),
                (
                    "steps",
                    {
                        "steps": [
                            {
                                "title": "Przy zapisie powiedz przychodni, jakim językiem mówisz",
                                "text": (
                                    "<p>Poproś, żeby wpisali twój język do twojej dokumentacji. "
                                    "Wtedy za każdym razem powinni zamawiać dla ciebie tłumacza.</p>"
                                ),
                            },
                            {
                                "title": "Poproś ponownie, kiedy umawiasz wizytę",
                                "text": (
                                    "<p>Powiedz, jaki to język i jaki dialekt, na przykład kurdyjski sorani. "
                                    "To pomoże im znaleźć właściwą osobę.</p>"
                                ),
                            },
                            {
                                "title": "Powiedz, jak chcesz rozmawiać z tłumaczem",
                                "text": (
                                    "<p>Wielu tłumaczy pracuje przez telefon lub wideo. "
                                    "Jeśli chcesz, żeby tłumacz był z tobą w pokoju, powiedz to przy umawianiu wizyty.</p>"
                                ),
                            },
                            {
                                "title": "W razie potrzeby pokaż kartę językową",
                                "text": (
                                    "<p>Z tej strony możesz wydrukować kartę językową. "
                                    "Mówi ona pracownikom po angielsku, jakim językiem mówisz.</p>"
                                ),
                            },
                        ]
                    },
                ),
                (
                    "inset",
                    {
                        "text": (
                            "<p>Jeśli potrzebujesz, poproś o dłuższą wizytę. "
                            "<b>Rozmowa przez tłumacza trwa dłużej.</b></p>"
                        )
                    },
                ),
                ("heading", {"text": "Co możesz powiedzieć", "level": "h2"}),
                (
                    "phrases",
                    {
                        "intro": "Możesz powiedzieć te słowa w rejestracji albo przez telefon.",
                        "phrases": [
                            "Potrzebuję tłumacza, proszę.",
                            "Mówię po arabsku. Proszę zamówić tłumacza języka arabskiego.",
                            "Proszę, żeby tłumaczem była kobieta.",
                            "Nie chcę, żeby tłumaczył mi ktoś z rodziny.",
                            "Czy mogę prosić o dłuższą wizytę?",
                            "Nie rozumiem. Czy może pan lub pani to powtórzyć?",
                        ],
                    },
                ),
                ("heading", {"text": "Rodzina, przyjaciele i dzieci", "level": "h2"}),
                (
                    "text",
                    (
                        "<p>Niektórym łatwiej jest przyjść z kimś, kogo znają. To twój wybór. "
                        "Ale nigdy nie musisz tego robić, a pracownicy nie powinni cię o to prosić.</p>"
                        "<p>Dziecko nie powinno tłumaczyć za ciebie. Rozmowa o zdrowiu może być prywatna lub przykra. "
                        "Wyszkolony tłumacz zna słowa medyczne.</p>"
                    ),
                ),
                (
                    "do_dont",
                    {
                        "do": [
                            "proś o tłumacza, kiedy umawiasz wizytę",
                            "powiedz pracownikom, jakim dialektem mówisz",
                            "zadawaj pytania, aż zrozumiesz",
                        ],
                        "dont": [
                            "nie proś dziecka, żeby tłumaczyło",
                            "nie myśl, że musisz sobie radzić po angielsku",
                            "nie podpisuj formularza, którego nie rozumiesz",
                        ],
                    },
                ),
                (
                    "details",
                    {
                        "summary": "Co jeśli nie ufam tłumaczowi?",
                        "body": (
                            "<p>Tłumacz może znać ludzi z twojej społeczności. Możesz się bać, że będzie o tobie mówić. "
                            "Tłumacze muszą zachować wszystko w tajemnicy. "
                            "Mimo to możesz poprosić o innego tłumacza albo o tłumacza przez telefon z innego regionu.</p>"
                        ),
                    },
                ),
                (
                    "details",
                    {
                        "summary": "Czy mogę dostawać listy w moim języku?",
                        "body": (
                            "<p>Możesz zapytać. Niektóre przychodnie mogą przetłumaczyć listy. "
                            "Inne mogą zamówić tłumacza, który wyjaśni ci list.</p>"
                        ),
                    },
                ),
            ],
        },
    },
    # ------------------------------------------------------------------ Somali
    "so": {
        "guides": {
            "title": "Hagayaal: sida loo isticmaalo NHS",
            "summary": "Hagayaal gaagaaban oo fudud oo ku saabsan sida aad daryeel caafimaad uga hesho NHS ee England. Ogow sida aad u aragto dhakhtarka guud (GP), sida aad caawimaad dhakhso ah u hesho, iyo xuquuqdaada.",
            "intro": (
                "<p>Hagayaashan waxay sharxayaan sida loo isticmaalo NHS (adeegga caafimaadka dowladda) ee England, hal hawl markiiba. "
                "Waxaa qoray dad ay ku adkayd isticmaalka NHS, iyagoo la shaqeynaya dhakhaatiirta guud iyo kalkaaliyayaasha. "
                "Hage kasta waxaad tusi kartaa shaqaalaha miiska soo dhaweynta (reception).</p>"
            ),
        },
        "register-with-a-gp": {
            "title": "Iska diiwaangeli dhakhtarka guud (GP)",
            "summary": "Waxaad bilaash isaga diiwaangelin kartaa dhakhtarka guud (GP). Uma baahnid caddaynta cinwaanka, aqoonsi ama xaaladda socdaalkaaga. Halkan waxaad ka ogaan doontaa sida loo sameeyo, iyo waxa aad samayn karto haddii kiliinikadu diido.",
            "body": [
                (
                    "summary",
                    {
                        "points": [
                            "Isku diiwaangelinta dhakhtarka guud (GP) waa bilaash.",
                            "Uma baahnid caddaynta cinwaanka, aqoonsi ama xaaladda socdaalka.",
                            "Haddii aadan guri lahayn, waxaad isticmaali kartaa cinwaanka kiliinikada, ama cinwaanka xarun maalmeed (day centre) ama hoy (hostel).",
                            "Haddii kiliinikadu diido, waa inay sababta kuu sheegaan qoraal ahaan.",
                        ]
                    },
                ),
                ("heading", {"text": "Yaa is-diiwaangelin kara", "level": "h2"}),
                (
                    "text",
                    (
                        "<p>Qof kasta oo England jooga wuxuu iska diiwaangelin karaa kiliinikada dhakhtarka guud (GP practice ama surgery). "
                        "Tan waxaa ku jira dadka aan guri lahayn iyo dadka ka yimid waddan kale. "
                        "Xaaladda socdaalkaagu muhiim ma aha. Arkitaanka dhakhtarka guud waa bilaash.</p>"
                        "<p>GP waa dhakhtarka qoyska. Wuxuu kaa caawin karaa inta badan dhibaatooyinka caafimaadka. "
                        "Wuxuu sidoo kale kuu diri karaa isbitaal ama dhakhtar takhasus leh (tan waxaa la yiraahdaa referral).</p>"
                    ),
                ),
                (
                    "rights",
                    {
                        "heading": "",
                        "rights": [
                            "Uma baahnid caddaynta cinwaanka si aad isu diiwaangeliso.",
                            "Uma baahnid aqoonsi, sida baasaboor, si aad isu diiwaangeliso.",
                            "Uma baahnid inaad muujiso fiiso ama xaaladda socdaalkaaga.",
                            "Uma baahnid lambarka NHS (NHS number).",
                            "Kiliinikadu kuma celin karto sababo la xiriira isirkaaga, diintaada, jihada galmadaada, naafonimo ama caafimaadkaaga.",
                        ],
                        "note": (
                            "<p>Kuwani waa xeerarka NHS England. Kiliinikooyin badan waxay ku biireen <b>Safe Surgeries</b> (Kiliinikooyinka Ammaanka ah). "
                            "Tani waxay ka dhigan tahay inay ballan qaadeen inay qof kasta soo dhaweeyaan.</p>"
                        ),
                    },
                ),
                ("heading", {"text": "Sida loo is-diiwaangeliyo", "level": "h2"}),
                (
                    "steps",
                    {
                        "steps": [
                            {
                                "title": "Raadi kiliinik GP ah oo kuu dhow",
                                "text": (
                                    '<p>Kiliinikooyinka ka raadi <a href="https://www.nhs.uk/service-search/find-a-gp">website-ka NHS</a>. '
                                    "Waxaad sidoo kale weydiin kartaa shaqaalaha taageerada (support worker) ama saaxiib aad aaminsan tahay.</p>"
                                ),
                            },
                            {
                                "title": "Codso is-diiwaangelin, online ama miiska soo dhaweynta",
                                "text": (
                                    "<p>Kiliinikooyin badan waxay kuu oggol yihiin inaad online isugu diiwaangeliso. "
                                    "Waxaad sidoo kale aadi kartaa miiska soo dhaweynta (reception) oo weydiisan kartaa foomka is-diiwaangelinta. "
                                    "Foomka NHS waxaa la yiraahdaa GMS1.</p>"
                                ),
                            },
                            {
                                "title": "Buuxi foomka",
                                "text": (
                                    "<p>Qor magacaaga iyo taariikhda dhalashadaada. Ku dar cinwaan haddii aad leedahay. "
                                    "Meel waad bannaan ka tagi kartaa haddii aadan jawaabta garanayn. "
                                    "Shaqaaluhu way kaa caawin karaan buuxinta.</p>"
                                ),
                            },
                            {
                                "title": "Sug inta kiliinikadu kula soo xiriirayso",
                                "text": (
                                    "<p>Kiliinikadu way kuu sheegi doontaa marka aad diiwaangashan tahay. Tani inta badan waxay qaadataa dhowr maalmood. "
                                    "Sii lambar telefoon haddii aad awoodo.</p>"
                                ),
                            },
                            {
                                "title": "Qabso ballan",
                                "text": (
                                    "<p>Marka aad diiwaangashan tahay, waxaad ballan la qabsan kartaa dhakhtarka guud ama kalkaaliso. "
                                    "Haddii aad maanta caawimaad u baahan tahay, dheh waa degdeg (urgent).</p>"
                                ),
                            },
                        ]
                    },
                ),
                ("heading", {"text": "Haddii aadan lahayn cinwaan go'an", "level": "h2"}),
                (
                    "text",
                    (
                        "<p>Weli waad is-diiwaangelin kartaa. Waxaad bixin kartaa cinwaanka xarun maalmeed (day centre) ama hoy (hostel). "
                        "Waxaad sidoo kale isticmaali kartaa cinwaanka kiliinikada lafteeda.</p>"
                        "<p>Kiliinikadu waxay u baahan tahay hab ay kula soo xiriirto. "
                        "Lambar telefoon ama xogta shaqaalahaaga taageerada (support worker) way caawin karaan.</p>"
                    ),
                ),
                (
                    "inset",
                    {
                        "text": (
                            "<p>Shaqaaluhu waxay ku weydiin karaan aqoonsi ama caddaynta cinwaanka. "
                            "<b>Waxaad dhihi kartaa ma haysto.</b> Kiliinikadu weli waa inay ku diiwaangeliso.</p>"
                        )
                    },
                ),
                ("heading", {"text": "Waxa aad ka dhihi karto miiska soo dhaweynta", "level": "h2"}),
                (
                    "phrases",
                    {
                        "intro": "Waxaad dhihi kartaa erayadan, ama waxaad ku tusi kartaa boggan telefoonkaaga.",
                        "phrases": [
                            "Waxaan rabaa inaan iska diiwaangeliyo kiliinikadan, fadlan.",
                            "Ma haysto aqoonsi ama caddaynta cinwaanka. Waan ogahay inaanan u baahnayn si aan isu diiwaangeliyo.",
                            "Guri ma lihi. Ma isticmaali karaa cinwaanka kiliinikada?",
                            "Fadlan ma iga caawin kartaa buuxinta foomka?",
                            "Waxaan u baahanahay turjumaan, fadlan. Waan ogahay inuu bilaash yahay.",
                            "Haddii aydaan i diiwaangelin karin, fadlan sababta qoraal ahaan ii siiya.",
                        ],
                    },
                ),
                ("heading", {"text": "Haddii kiliinikadu diido", "level": "h2"}),
                (
                    "text",
                    (
                        "<p>Kiliinikadu waxay diidi kartaa oo keliya sababo yar awgood. Liiska bukaannadoodu wuxuu noqon karaa mid buuxa. "
                        "Ama waxaa laga yaabaa inaad ku nooshahay meel ka baxsan aagga ay adeegaan. "
                        "Kuma diidi karaan sababtoo ah ma haysatid aqoonsi, cinwaan ama fiiso.</p>"
                    ),
                ),
                (
                    "steps",
                    {
                        "steps": [
                            {
                                "title": "Weydiiso sababta oo qoraal ah",
                                "text": "<p>Kiliinikadu waa inay ku siisaa warqad sheegaysa sababta.</p>",
                            },
                            {
                                "title": "Isku day kiliinik kale oo u dhow",
                                "text": "<p>Haddii hal kiliinik ku diido, taasi kuma joojinayso inaad ku biirto mid kale.</p>",
                            },
                            {
                                "title": "Caawimaad ka weydiiso NHS-ta deegaankaaga",
                                "text": (
                                    "<p>Guddiga daryeelka isku-dhafan ee deegaankaaga (integrated care board, ICB) ayaa maamula adeegyada GP-ga ee aaggaaga. "
                                    "Waxay kaa caawin karaan inaad hesho kiliinik ku qaadanaysa.</p>"
                                ),
                            },
                            {
                                "title": "Caawimaad ka weydiiso hay'ad samafal",
                                "text": (
                                    "<p>Xarun maalmeed (day centre) oo deegaanka ah ama hay'ad samafal oo qaxootiga caawisa ayaa ku caawin karta. "
                                    "Hay'adda Doctors of the World sidoo kale waxay dadka ka caawisaa is-diiwaangelinta.</p>"
                                ),
                            },
                        ]
                    },
                ),
                (
                    "details",
                    {
                        "summary": "Ma arki karaa dhakhtar ka hor inta aanan is-diiwaangelin?",
                        "body": (
                            "<p>Haa, haddii aad u baahan tahay daryeel degdeg ah. "
                            "Kiliinikada GP waxay ku siin kartaa daryeel degdeg ah ilaa 14 maalmood ka hor inta aadan is-diiwaangelin. "
                            "Xaalad khatar ah (emergency), wac 999 ama aad qaybta gurmadka isbitaalka (A&amp;E).</p>"
                        ),
                    },
                ),
            ],
        },
        "get-help-fast": {
            "title": "Caawimaad dhakhso ah: 999, 111 iyo A&E",
            "summary": "Ogow meesha aad aadayso marka aad jiran tahay ama aad dhaawacanto. Wac 999 haddii ay jirto xaalad khatar ah (emergency). Wac 111 marka aad u baahan tahay caawimaad dhakhso ah laakiin aysan ahayn xaalad khatar ah.",
            "body": [
                (
                    "summary",
                    {
                        "points": [
                            "Wac 999 haddii nolosha qof ay khatar ku jirto.",
                            "Wac 111 ama isticmaal 111 online haddii aad u baahan tahay caawimaad dhakhso ah laakiin aysan ahayn xaalad khatar ah.",
                            "Wicitaanka 999 iyo 111 waa bilaash, habeen iyo maalin.",
                            "Waxaad codsan kartaa turjumaan. Magaca luqaddaada ku dheh Ingiriisi.",
                        ]
                    },
                ),
                ("heading", {"text": "Adeegga aad isticmaalayso", "level": "h2"}),
                (
                    "text",
                    "<p>Way adkaan kartaa in la ogaado meesha la aado. Sanduuqyadan ayaa kaa caawin doona inaad doorato. Haddii aadan hubin, wac 111.</p>",
                ),
                (
                    "care_card",
                    {
                        "urgency": "emergency",
                        "heading": "Wac 999 ama hadda aad qaybta gurmadka isbitaalka (A&E) haddii qof:",
                        "body": (
                            "<ul>"
                            "<li>uu joojiyay neefsashada, ama ay neefsashadu ku adag tahay.</li>"
                            "<li>uu qabo xanuun laabta ah oo culus ama cadaadis leh.</li>"
                            "<li>uu si xun u dhiigbaxayo oo dhiiggu aanu joogsanayn.</li>"
                            "<li>wejigiisu dhinac u dhacay, gacantiisu taag darro tahay ama hadalkiisu aanu caddayn (calaamadaha istaroogga).</li>"
                            "<li>uu qabo qallal (suuxdin) aan joogsanayn.</li>"
                            "<li>aan la toosin karin.</li>"
                            "<li>uu qabo xasaasiyad xun, oo wejiga, bushimaha ama cunaha ay bararsan yihiin.</li>"
                            "<li>uu hadda khatar kaga jiro qof kale.</li>"
                            "</ul>"
                            "<p>A&amp;E (qaybta shilalka iyo gurmadka degdegga ah) waxay ku taal isbitaalka. "
                            "Waxay furan tahay habeen iyo maalin.</p>"
                        ),
                    },
                ),
                (
                    "care_card",
                    {
                        "urgency": "urgent",
                        "heading": "Wac 111 ama isticmaal 111 online haddii:",
                        "body": (
                            "<ul>"
                            "<li>aad maanta caawimaad u baahan tahay, laakiin aysan nolol qof khatar ku jirin.</li>"
                            "<li>aadan garanayn meesha aad aadayso.</li>"
                            "<li>ay kaa dhammaatay dawo muhiim ah.</li>"
                            "<li>aad qabto ilig xanuun xun oo aadan lahayn dhakhtar ilkaha.</li>"
                            "</ul>"
                            "<p>111 waxay kuu sheegi karaan waxa aad samayso. Waxay kuu qaban karaan ballan si qof kuu arko. "
                            "Waxay sidoo kale soo diri karaan ambalaas.</p>"
                        ),
                    },
                ),
                (
                    "care_card",
                    {
                        "urgency": "non-urgent",
                        "heading": "Weydii farmashiistaha ama dhakhtarkaaga guud (GP) haddii:",
                        "body": (
                            "<ul>"
                            "<li>aad qabto hargab, qufac, cune xanuun ama dheg xanuun.</li>"
                            "<li>aad u baahan tahay talo ku saabsan dawo.</li>"
                            "<li>aad dhibaato qabtay muddo oo aysan si dhakhso ah u sii xumaanayn.</li>"
                            "</ul>"
                            "<p>Waxaad arki kartaa farmashiistaha (pharmacist ama chemist) adigoon ballan lahayn.</p>"
                        ),
                    },
                ),
                ("heading", {"text": "Sida loo isticmaalo 111", "level": "h2"}),
                (
                    "steps",
                    {
                        "steps": [
                            {
                                "title": "Wac 111 ama tag 111.nhs.uk",
                                "text": (
                                    "<p>Wicitaanku waa bilaash, mobaylka iyo telefoonka gurigaba. "
                                    "111 online waxaad u isticmaali kartaa qof kasta oo jira 5 sano ama ka weyn.</p>"
                                ),
                            },
                            {
                                "title": "Sheeg luqadda aad u baahan tahay",
                                "text": (
                                    "<p>Magaca luqaddaada ku dheh Ingiriisi, tusaale ahaan “Somali”. "
                                    "Sug inta ay turjumaan helayaan. Waa bilaash.</p>"
                                ),
                            },
                            {
                                "title": "Ka jawaab su'aalaha",
                                "text": "<p>Waxay ku weydiin doonaan sida aad dareemayso. Tani waxay ka caawinaysaa inay kuu diraan meesha saxda ah.</p>",
                            },
                            {
                                "title": "Samee waxa ay kugula taliyaan",
                                "text": (
                                    "<p>Waxay ku siin karaan talo, dib ayay kuu soo wici karaan, ama ballan ayay meel kuugu qaban karaan. "
                                    "Ka codso inay kuu celiyaan wax kasta oo aadan fahmin.</p>"
                                ),
                            },
                        ]
                    },
                ),
                (
                    "details",
                    {
                        "summary": "Haddii aadan maqlin ama ay kugu adag tahay maqalku",
                        "body": (
                            "<p>Waxaad isticmaali kartaa adeegga NHS 111 ee Luqadda Calaamadaha Ingiriiska (BSL) ee "
                            '<a href="https://111.nhs.uk/">website-ka 111</a>. '
                            "Waxaad sidoo kale 111 ku wici kartaa barnaamijka Relay UK.</p>"
                        ),
                    },
                ),
                (
                    "heading",
                    {"text": "Xarumaha daaweynta degdegga ah (urgent treatment centres)", "level": "h2"},
                ),
                (
                    "text",
                    (
                        "<p>Xarunta daaweynta degdegga ah waxay ka caawisaa dhibaatooyinka u baahan daryeel maanta laakiin aan nafta khatar gelin. "
                        "Tusaale ahaan, murgacasho, jeexjeex, gubasho yar ama laf laga yaabo inay jabtay.</p>"
                        "<p>Xarumaha qaarkood waad iska geli kartaa adigoon ballan lahayn. "
                        "Kuwa kale waxay kaa codsadaan inaad marka hore ballan ka qabsato 111.</p>"
                    ),
                ),
                ("heading", {"text": "Haddii aad gurigaaga khatar ku jirto", "level": "h2"}),
                (
                    "text",
                    (
                        "<p>Wac 999 oo weydiiso booliska. Haddii aadan hadli karin, khadka ku sii jir. "
                        "Qufac ama telefoonka garaac haddii aad awoodo.</p>"
                        "<p>Mobaylka, waxaa laga yaabaa inaad maqasho fariin duuban. Riix 55 marka ay ku weydiiso. "
                        "Tani waxay booliska u sheegaysaa inaad caawimaad u baahan tahay.</p>"
                    ),
                ),
                (
                    "inset",
                    {
                        "text": (
                            "<p><b>Daryeelka A&amp;E waa bilaash qof kasta.</b> "
                            "Uma baahnid aqoonsi ama waraaqo si aad u hesho daryeel degdeg ah.</p>"
                        )
                    },
                ),
                (
                    "do_dont",
                    {
                        "do": [
                            "wac 999 haddii ay jirto xaalad khatar ah, xitaa haddii aadan hubin",
                            "u sheeg meesha aad joogto sida ugu cad ee aad awoodo",
                            "dawooyinkaaga, ama liiskooda, u qaado A&E",
                            "codso turjumaan",
                        ],
                        "dont": [
                            "haddii aad aad u jiran tahay, ha adigu baabuur u wadin ilaa A&E",
                            "ha sugin inaad aragto inuu xanuunka laabtu iska tagayo",
                            "ha ka walwalin inaad qof waqtigiisa lumineyso marka ay jirto xaalad khatar ah",
                        ],
                    },
                ),
                (
                    "contact",
                    {
                        "name": "NHS 111",
                        "phone": "111",
                        "text_number": "",
                        "website": "https://111.nhs.uk/",
                        "opening_times": "24 saacadood maalintii, maalin kasta",
                        "note": "Wicitaanku waa bilaash. Magaca luqaddaada ku dheh Ingiriisi si aad turjumaan u hesho.",
                    },
                ),
            ],
        },
        "ask-for-an-interpreter": {
            "title": "Codso turjumaan",
            "summary": "Turjumaannadu waa bilaash marka aad daryeel ka hesho NHS. Codso turjumaan marka aad ballan qabsanayso. Uma baahnid inaad qoyskaaga, saaxiibbadaa ama carruurta ka dhigato turjumaan.",
            "body": [
                (
                    "summary",
                    {
                        "points": [
                            "Turjumaannadu waa bilaash marka aad daryeel ka hesho NHS. Weligaa lacag ma bixinaysid.",
                            "Codso turjumaan marka aad ballan qabsanayso, mar kasta.",
                            "Uma baahnid inaad qoyskaaga ama saaxiibbadaa ka dhigato turjumaan. Carruurtu waa inaysan turjumin.",
                            "Turjumaanku wuxuu kula joogi karaa qolka, ama wuxuu ku caawin karaa telefoon ama fiidiyow.",
                        ]
                    },
                ),
                ("heading", {"text": "Xaqaaga inaad hesho turjumaan", "level": "h2"}),
                (
                    "rights",
                    {
                        "heading": "",
                        "rights": [
                            "NHS waa inay ku siisaa turjumaan haddii aad u baahan tahay. Waa bilaash.",
                            "Waxaad turjumaan ka heli kartaa dhakhtarka guud (GP), dhakhtarka ilkaha, farmashiyaha, isbitaalka iyo 111.",
                            "Dadka aan maqlin waxay heli karaan turjumaan Luqadda Calaamadaha Ingiriiska (BSL).",
                            "Waxaad codsan kartaa turjumaan naag ah ama nin ah. Shaqaaluhu waxay isku dayi doonaan inay taas diyaariyaan.",
                            "Turjumaannadu waa inay qarsoodi ku hayaan wax kasta oo aad sheegto (confidential).",
                        ],
                        "note": "<p>Tani waxay ka timid tilmaamaha NHS England ee ku saabsan turjumaadda kiliinikooyinka GP iyo adeegyada kale ee deegaanka.</p>",
                    },
                ),
                ("heading", {"text": "Sida loo codsado", "level": "h2"}),
                (
                    "steps",
                    {
                        "steps": [
                            {
                                "title": "U sheeg kiliinikada luqaddaada marka aad is-diiwaangelinayso",
                                "text": "<p>Ka codso inay luqaddaada ku qoraan diiwaankaaga. Markaas waa inay kuu ballamiyaan turjumaan mar kasta.</p>",
                            },
                            {
                                "title": "Mar kale codso marka aad ballan qabsanayso",
                                "text": (
                                    "<p>Sheeg luqaddaada iyo lahjaddaada, tusaale ahaan Kurdiga Soraani. "
                                    "Tani waxay ka caawinaysaa inay helaan qofka saxda ah.</p>"
                                ),
                            },
                            {
                                "title": "Sheeg sida aad u rabto turjumaanka",
                                "text": (
                                    "<p>Turjumaanno badan waxay ku shaqeeyaan telefoon ama fiidiyow. "
                                    "Haddii aad rabto qof qolka kula jooga, sheeg marka aad ballanta qabsanayso.</p>"
                                ),
                            },
                            {
                                "title": "Tus kaarka luqadda haddii loo baahdo",
                                "text": (
                                    "<p>Waxaad ka daabacan kartaa kaarka luqadda website-kan. "
                                    "Wuxuu shaqaalaha ugu sheegayaa Ingiriisi luqadda aad ku hadasho.</p>"
                                ),
                            },
                        ]
                    },
                ),
                (
                    "inset",
                    {
                        "text": (
                            "<p>Codso ballan dheer haddii aad u baahan tahay. "
                            "<b>Marka turjumaan la isticmaalo, wadahadalku waqti dheer ayuu qaataa.</b></p>"
                        )
                    },
                ),
                ("heading", {"text": "Waxa aad dhihi karto", "level": "h2"}),
                (
                    "phrases",
                    {
                        "intro": "Waxaad erayadan ka dhihi kartaa miiska soo dhaweynta ama telefoonka.",
                        "phrases": [
                            "Waxaan u baahanahay turjumaan, fadlan.",
                            "Waxaan ku hadlaa Carabi. Fadlan ii ballami turjumaan Carabi ah.",
                            "Waxaan rabaa turjumaan dumar ah, fadlan.",
                            "Ma rabo in qoyskaygu ii turjumo.",
                            "Fadlan ma heli karaa ballan ka dheer?",
                            "Ma fahmin. Fadlan ma ku celin kartaa?",
                        ],
                    },
                ),
                ("heading", {"text": "Qoyska, saaxiibbada iyo carruurta", "level": "h2"}),
                (
                    "text",
                    (
                        "<p>Dadka qaarkood waxay dareemaan inay fududahay inay keenaan qof ay yaqaanaan. Taasi waa doorashadaada. "
                        "Laakiin weligaa laguma khasbi karo, shaqaaluhuna waa inaysan taas kaa codsan.</p>"
                        "<p>Ilmo waa inuusan kuu turjumin. Hadalka caafimaadku wuxuu noqon karaa mid gaar ah ama mid murugo leh. "
                        "Turjumaan tababaran ayaa yaqaan erayada caafimaadka.</p>"
                    ),
                ),
                (
                    "do_dont",
                    {
                        "do": [
                            "codso turjumaan marka aad ballan qabsanayso",
                            "u sheeg shaqaalaha lahjaddaada",
                            "su'aalo weydii ilaa aad ka fahmayso",
                        ],
                        "dont": [
                            "ha ka dhigin ilmo turjumaan",
                            "ha dareemin inaad qasab ku tahay inaad Ingiriisi ku maareyso",
                            "ha saxiixin foom aadan fahmin",
                        ],
                    },
                ),
                (
                    "details",
                    {
                        "summary": "Maxaa dhacaya haddii aanan aaminin turjumaanka?",
                        "body": (
                            "<p>Turjumaanku wuxuu garan karaa dad bulshadaada ka mid ah. Waxaa laga yaabaa inaad ka welwesho inuu wax sheego. "
                            "Turjumaannadu waa inay wax kasta qarsoodi ku hayaan. "
                            "Weli waxaad codsan kartaa turjumaan kale, ama mid telefoon ah oo ka yimid aag kale.</p>"
                        ),
                    },
                ),
                (
                    "details",
                    {
                        "summary": "Ma heli karaa waraaqo ku qoran luqaddayda?",
                        "body": (
                            "<p>Waad weydiin kartaa. Kiliinikooyinka qaarkood way turjumi karaan waraaqaha. "
                            "Kuwa kale waxay kuu ballamin karaan turjumaan si uu warqadda kuugu sharxo.</p>"
                        ),
                    },
                ),
            ],
        },
    },
    # ------------------------------------------------------------------ Ukrainian
    "uk": {
        "guides": {
            "title": "Посібники: як користуватися NHS",
            "summary": "Короткі й прості посібники про те, як отримати медичну допомогу NHS в Англії. Дізнайтеся, як потрапити до сімейного лікаря (GP), як швидко отримати допомогу і які у вас права.",
            "intro": (
                "<p>Ці посібники пояснюють, як користуватися NHS (державною службою охорони здоров’я) в Англії. Кожен посібник — про одну справу. "
                "Їх написали люди, яким було важко користуватися NHS, разом із сімейними лікарями та медсестрами. "
                "Будь-який посібник можна показати працівникам у реєстратурі (reception).</p>"
            ),
        },
        "register-with-a-gp": {
            "title": "Як зареєструватися в сімейного лікаря (GP)",
            "summary": "Зареєструватися в сімейного лікаря (GP) можна безкоштовно. Вам не потрібні підтвердження адреси, документи чи імміграційний статус. Тут пояснено, як це зробити і що робити, якщо клініка відмовить.",
            "body": [
                (
                    "summary",
                    {
                        "points": [
                            "Реєстрація в сімейного лікаря (GP) безкоштовна.",
                            "Вам не потрібні підтвердження адреси, документи чи імміграційний статус.",
                            "Якщо у вас немає житла, можна вказати адресу клініки, денного центру (day centre) або хостелу.",
                            "Якщо клініка відмовляє, вона має письмово пояснити чому.",
                        ]
                    },
                ),
                ("heading", {"text": "Хто може зареєструватися", "level": "h2"}),
                (
                    "text",
                    (
                        "<p>Будь-хто в Англії може зареєструватися в клініці сімейного лікаря (GP practice, surgery). "
                        "Це стосується і людей без житла, і людей, які приїхали з іншої країни. "
                        "Ваш імміграційний статус не має значення. Прийом у сімейного лікаря безкоштовний.</p>"
                        "<p>GP — це сімейний лікар. Він може допомогти з більшістю проблем зі здоров’ям. "
                        "Він також може направити вас до лікарні або до вузького спеціаліста (це називається направлення, referral).</p>"
                    ),
                ),
                (
                    "rights",
                    {
                        "heading": "",
                        "rights": [
                            "Для реєстрації не потрібне підтвердження адреси.",
                            "Для реєстрації не потрібен документ, що посвідчує особу, наприклад паспорт.",
                            "Не потрібно показувати візу чи ваш імміграційний статус.",
                            "Не потрібен номер NHS (NHS number).",
                            "Клініка не може відмовити вам через вашу расу, релігію, сексуальну орієнтацію, інвалідність чи стан здоров’я.",
                        ],
                        "note": (
                            "<p>Це правила NHS England. Багато клінік приєдналися до програми <b>Safe Surgeries</b> («Безпечні клініки»). "
                            "Це означає, що вони пообіцяли приймати всіх.</p>"
                        ),
                    },
                ),
                ("heading", {"text": "Як зареєструватися", "level": "h2"}),
                (
                    "steps",
                    {
                        "steps": [
                            {
                                "title": "Знайдіть клініку поруч із вами",
                                "text": (
                                    '<p>Шукайте клініки на <a href="https://www.nhs.uk/service-search/find-a-gp">сайті NHS</a>. '
                                    "Також можна попросити допомоги в соціального працівника (support worker) або друга, якому ви довіряєте.</p>"
                                ),
                            },
                            {
                                "title": "Попросіть про реєстрацію — онлайн або в реєстратурі",
                                "text": (
                                    "<p>Багато клінік дозволяють зареєструватися онлайн. "
                                    "Також можна прийти до реєстратури (reception) і попросити реєстраційну форму. "
                                    "Форма NHS називається GMS1.</p>"
                                ),
                            },
                            {
                                "title": "Заповніть форму",
                                "text": (
                                    "<p>Напишіть своє ім’я та дату народження. Додайте адресу, якщо вона у вас є. "
                                    "Можна залишити поле порожнім, якщо ви не знаєте відповіді. "
                                    "Працівники можуть допомогти вам заповнити форму.</p>"
                                ),
                            },
                            {
                                "title": "Чекайте на відповідь від клініки",
                                "text": (
                                    "<p>Клініка повідомить вам, коли вас зареєструють. Часто це займає кілька днів. "
                                    "Якщо можете, дайте їм свій номер телефону.</p>"
                                ),
                            },
                            {
                                "title": "Запишіться на прийом",
                                "text": (
                                    "<p>Після реєстрації ви можете записатися на прийом до сімейного лікаря або медсестри. "
                                    "Якщо вам потрібна допомога сьогодні, скажіть, що це терміново (urgent).</p>"
                                ),
                            },
                        ]
                    },
                ),
                ("heading", {"text": "Якщо у вас немає постійної адреси", "level": "h2"}),
                (
                    "text",
                    (
                        "<p>Ви все одно можете зареєструватися. Можна вказати адресу денного центру (day centre) або хостелу. "
                        "Також можна вказати адресу самої клініки.</p>"
                        "<p>Клініці потрібен спосіб зв’язатися з вами. "
                        "Допоможе номер телефону або контакти вашого соціального працівника (support worker).</p>"
                    ),
                ),
                (
                    "inset",
                    {
                        "text": (
                            "<p>Працівники можуть попросити документ або підтвердження адреси. "
                            "<b>Ви можете сказати, що у вас їх немає.</b> Клініка все одно має вас зареєструвати.</p>"
                        )
                    },
                ),
                ("heading", {"text": "Що можна сказати в реєстратурі", "level": "h2"}),
                (
                    "phrases",
                    {
                        "intro": "Можете сказати ці слова або показати цю сторінку на телефоні.",
                        "phrases": [
                            "Я хочу зареєструватися в цій клініці, будь ласка.",
                            "У мене немає документів чи підтвердження адреси. Я знаю, що для реєстрації вони не потрібні.",
                            "У мене немає житла. Можна вказати адресу клініки?",
                            "Допоможіть мені, будь ласка, заповнити форму.",
                            "Мені потрібен перекладач, будь ласка. Я знаю, що це безкоштовно.",
                            "Якщо ви не можете мене зареєструвати, будь ласка, напишіть мені причину.",
                        ],
                    },
                ),
                ("heading", {"text": "Якщо клініка відмовляє", "level": "h2"}),
                (
                    "text",
                    (
                        "<p>Клініка може відмовити лише з кількох причин. Її список пацієнтів може бути заповнений. "
                        "Або ви живете поза районом, який вона обслуговує. "
                        "Вона не може відмовити через те, що у вас немає документів, адреси чи візи.</p>"
                    ),
                ),
                (
                    "steps",
                    {
                        "steps": [
                            {
                                "title": "Попросіть пояснити причину письмово",
                                "text": "<p>Клініка має дати вам лист, у якому написано чому.</p>",
                            },
                            {
                                "title": "Спробуйте іншу клініку поблизу",
                                "text": "<p>Якщо одна клініка відмовила, ви все одно можете зареєструватися в іншій.</p>",
                            },
                            {
                                "title": "Попросіть допомоги в місцевої NHS",
                                "text": (
                                    "<p>Ваша місцева рада інтегрованої допомоги (integrated care board, ICB) керує роботою сімейних лікарів у вашому районі. "
                                    "Вона може допомогти знайти клініку, яка вас прийме.</p>"
                                ),
                            },
                            {
                                "title": "Попросіть допомоги в благодійної організації",
                                "text": (
                                    "<p>Допомогти може місцевий денний центр (day centre) або благодійна організація для біженців. "
                                    "Організація Doctors of the World («Лікарі світу») також допомагає людям зареєструватися.</p>"
                                ),
                            },
                        ]
                    },
                ),
                (
                    "details",
                    {
                        "summary": "Чи можна потрапити до лікаря до реєстрації?",
                        "body": (
                            "<p>Так, якщо вам потрібна швидка допомога. "
                            "Клініка сімейного лікаря може надавати вам термінову допомогу до 14 днів до реєстрації. "
                            "У надзвичайній ситуації телефонуйте 999 або йдіть у відділення невідкладної допомоги (A&amp;E).</p>"
                        ),
                    },
                ),
            ],
        },
        "get-help-fast": {
            "title": "Термінова допомога: 999, 111 і A&E",
            "summary": "Дізнайтеся, куди звертатися, коли ви захворіли або травмувалися. У надзвичайній ситуації телефонуйте 999. Якщо допомога потрібна швидко, але це не надзвичайна ситуація, телефонуйте 111.",
            "body": [
                (
                    "summary",
                    {
                        "points": [
                            "Телефонуйте 999, якщо чиєсь життя в небезпеці.",
                            "Телефонуйте 111 або скористайтеся 111 онлайн, якщо допомога потрібна швидко, але це не надзвичайна ситуація.",
                            "Дзвінки на 999 і 111 безкоштовні, вдень і вночі.",
                            "Ви можете попросити перекладача. Скажіть назву своєї мови англійською.",
                        ]
                    },
                ),
                ("heading", {"text": "Куди звертатися", "level": "h2"}),
                (
                    "text",
                    "<p>Іноді важко зрозуміти, куди звернутися. Ці блоки допоможуть вам вибрати. Якщо ви не впевнені, телефонуйте 111.</p>",
                ),
                (
                    "care_card",
                    {
                        "urgency": "emergency",
                        "heading": "Телефонуйте 999 або негайно йдіть у відділення невідкладної допомоги (A&E), якщо людина:",
                        "body": (
                            "<ul>"
                            "<li>перестала дихати або їй дуже важко дихати.</li>"
                            "<li>має біль у грудях, ніби щось тисне чи стискає.</li>"
                            "<li>сильно кровоточить, і кров не зупиняється.</li>"
                            "<li>має перекошене обличчя, слабкість у руці або нечітке мовлення (ознаки інсульту).</li>"
                            "<li>має напад судом, який не припиняється.</li>"
                            "<li>не прокидається.</li>"
                            "<li>має сильну алергічну реакцію з набряком обличчя, губ або горла.</li>"
                            "<li>просто зараз у небезпеці через іншу людину.</li>"
                            "</ul>"
                            "<p>Відділення невідкладної допомоги (A&amp;E, accident and emergency) є в лікарні. "
                            "Воно працює вдень і вночі.</p>"
                        ),
                    },
                ),
                (
                    "care_card",
                    {
                        "urgency": "urgent",
                        "heading": "Телефонуйте 111 або скористайтеся 111 онлайн, якщо:",
                        "body": (
                            "<ul>"
                            "<li>вам потрібна допомога сьогодні, але нічиє життя не в небезпеці.</li>"
                            "<li>ви не знаєте, куди звернутися.</li>"
                            "<li>у вас закінчилися важливі ліки.</li>"
                            "<li>у вас сильно болить зуб, а стоматолога немає.</li>"
                            "</ul>"
                            "<p>У 111 вам скажуть, що робити. Вони можуть записати вас на прийом. "
                            "Вони також можуть викликати швидку допомогу.</p>"
                        ),
                    },
                ),
                (
                    "care_card",
                    {
                        "urgency": "non-urgent",
                        "heading": "Зверніться до фармацевта або свого сімейного лікаря (GP), якщо:",
                        "body": (
                            "<ul>"
                            "<li>у вас застуда, кашель, біль у горлі чи у вусі.</li>"
                            "<li>вам потрібна порада щодо ліків.</li>"
                            "<li>у вас є проблема вже деякий час, і їй не стає швидко гірше.</li>"
                            "</ul>"
                            "<p>До фармацевта в аптеці (pharmacist, chemist) можна прийти без запису.</p>"
                        ),
                    },
                ),
                ("heading", {"text": "Як користуватися 111", "level": "h2"}),
                (
                    "steps",
                    {
                        "steps": [
                            {
                                "title": "Телефонуйте 111 або зайдіть на 111.nhs.uk",
                                "text": (
                                    "<p>Дзвінок безкоштовний з мобільного і стаціонарного телефону. "
                                    "111 онлайн можна використовувати для будь-кого віком від 5 років.</p>"
                                ),
                            },
                            {
                                "title": "Скажіть, яка мова вам потрібна",
                                "text": (
                                    "<p>Скажіть назву своєї мови англійською, наприклад «Ukrainian». "
                                    "Зачекайте, поки вони знайдуть перекладача. Це безкоштовно.</p>"
                                ),
                            },
                            {
                                "title": "Дайте відповіді на запитання",
                                "text": "<p>Вас запитають, як ви почуваєтеся. Це допоможе направити вас у потрібне місце.</p>",
                            },
                            {
                                "title": "Зробіть те, що вам порадять",
                                "text": (
                                    "<p>Вам можуть дати пораду, передзвонити або записати вас кудись на прийом. "
                                    "Попросіть повторити все, чого ви не зрозуміли.</p>"
                                ),
                            },
                        ]
                    },
                ),
                (
                    "details",
                    {
                        "summary": "Якщо ви не чуєте або погано чуєте",
                        "body": (
                            "<p>Ви можете скористатися послугою NHS 111 британською жестовою мовою (BSL) на "
                            '<a href="https://111.nhs.uk/">сайті 111</a>. '
                            "Також можна зателефонувати на 111 через застосунок Relay UK.</p>"
                        ),
                    },
                ),
                ("heading", {"text": "Центри термінової допомоги (urgent treatment centres)", "level": "h2"}),
                (
                    "text",
                    (
                        "<p>Центр термінової допомоги (urgent treatment centre) допомагає з проблемами, які потребують допомоги сьогодні, "
                        "але не загрожують життю. Наприклад, розтягнення, порізи, невеликі опіки або кістка, яка може бути зламана.</p>"
                        "<p>До деяких центрів можна просто прийти. "
                        "В інші треба спочатку записатися через 111.</p>"
                    ),
                ),
                ("heading", {"text": "Якщо вам загрожує небезпека вдома", "level": "h2"}),
                (
                    "text",
                    (
                        "<p>Телефонуйте 999 і попросіть поліцію. Якщо ви не можете говорити, не кладіть слухавку. "
                        "Якщо можете, кашляніть або постукайте по телефону.</p>"
                        "<p>З мобільного ви можете почути записане повідомлення. Коли вас попросять, натисніть 55. "
                        "Так поліція знатиме, що вам потрібна допомога.</p>"
                    ),
                ),
                (
                    "inset",
                    {
                        "text": (
                            "<p><b>Допомога у відділенні невідкладної допомоги (A&amp;E) безкоштовна для всіх.</b> "
                            "Для невідкладної допомоги не потрібні документи.</p>"
                        )
                    },
                ),
                (
                    "do_dont",
                    {
                        "do": [
                            "телефонуйте 999 у надзвичайній ситуації, навіть якщо ви не впевнені",
                            "якомога чіткіше скажіть, де ви є",
                            "візьміть свої ліки або їх список у відділення невідкладної допомоги (A&E)",
                            "попросіть перекладача",
                        ],
                        "dont": [
                            "не сідайте за кермо, щоб самим їхати в A&E, якщо вам дуже погано",
                            "не чекайте, чи мине біль у грудях",
                            "не переживайте, що забираєте в когось час у надзвичайній ситуації",
                        ],
                    },
                ),
                (
                    "contact",
                    {
                        "name": "NHS 111",
                        "phone": "111",
                        "text_number": "",
                        "website": "https://111.nhs.uk/",
                        "opening_times": "24 години на добу, щодня",
                        "note": "Дзвінок безкоштовний. Щоб отримати перекладача, скажіть назву своєї мови англійською.",
                    },
                ),
            ],
        },
        "ask-for-an-interpreter": {
            "title": "Попросіть перекладача",
            "summary": "Перекладач у NHS безкоштовний. Просіть перекладача, коли записуєтеся на прийом. Вам не треба просити родину, друзів чи дітей перекладати для вас.",
            "body": [
                (
                    "summary",
                    {
                        "points": [
                            "Перекладач у NHS безкоштовний. Ви ніколи не платите.",
                            "Просіть перекладача щоразу, коли записуєтеся на прийом.",
                            "Вам не треба просити родину чи друзів перекладати для вас. Діти не повинні перекладати.",
                            "Перекладач може бути поруч з вами, по телефону або по відеозв’язку.",
                        ]
                    },
                ),
                ("heading", {"text": "Ваше право на перекладача", "level": "h2"}),
                (
                    "rights",
                    {
                        "heading": "",
                        "rights": [
                            "NHS має надати вам перекладача, якщо він вам потрібен. Це безкоштовно.",
                            "Перекладач може бути в сімейного лікаря (GP), у стоматолога, в аптеці, в лікарні та на лінії 111.",
                            "Люди, які не чують, можуть мати перекладача британської жестової мови (BSL).",
                            "Ви можете попросити перекладача-жінку або перекладача-чоловіка. Працівники спробують це організувати.",
                            "Перекладачі мають тримати в таємниці все, що ви кажете (confidential).",
                        ],
                        "note": "<p>Це з настанов NHS England про усний переклад у клініках сімейних лікарів та інших місцевих службах.</p>",
                    },
                ),
                ("heading", {"text": "Як попросити", "level": "h2"}),
                (
                    "steps",
                    {
                        "steps": [
                            {
                                "title": "Під час реєстрації скажіть клініці, якою мовою ви говорите",
                                "text": (
                                    "<p>Попросіть записати вашу мову у вашу медичну картку. "
                                    "Тоді вони мають щоразу замовляти для вас перекладача.</p>"
                                ),
                            },
                            {
                                "title": "Попросіть знову, коли записуєтеся на прийом",
                                "text": (
                                    "<p>Скажіть свою мову і діалект, наприклад курдська сорані. "
                                    "Це допоможе знайти потрібну людину.</p>"
                                ),
                            },
                            {
                                "title": "Скажіть, як ви хочете спілкуватися з перекладачем",
                                "text": (
                                    "<p>Багато перекладачів працюють по телефону або по відеозв’язку. "
                                    "Якщо ви хочете, щоб перекладач був з вами в кабінеті, скажіть про це, коли записуєтеся.</p>"
                                ),
                            },
                            {
                                "title": "За потреби покажіть мовну картку",
                                "text": (
                                    "<p>Ви можете надрукувати мовну картку з цього сайту. "
                                    "Вона англійською повідомляє працівникам, якою мовою ви говорите.</p>"
                                ),
                            },
                        ]
                    },
                ),
                (
                    "inset",
                    {
                        "text": (
                            "<p>Якщо потрібно, попросіть довший прийом. "
                            "<b>Розмова через перекладача займає більше часу.</b></p>"
                        )
                    },
                ),
                ("heading", {"text": "Що можна сказати", "level": "h2"}),
                (
                    "phrases",
                    {
                        "intro": "Можете сказати ці слова в реєстратурі або по телефону.",
                        "phrases": [
                            "Мені потрібен перекладач, будь ласка.",
                            "Я говорю арабською. Будь ласка, замовте перекладача з арабської.",
                            "Мені потрібна перекладачка-жінка, будь ласка.",
                            "Я не хочу, щоб моя родина перекладала для мене.",
                            "Можна, будь ласка, довший прийом?",
                            "Мені незрозуміло. Повторіть, будь ласка.",
                        ],
                    },
                ),
                ("heading", {"text": "Родина, друзі та діти", "level": "h2"}),
                (
                    "text",
                    (
                        "<p>Деяким людям легше прийти з кимось знайомим. Це ваш вибір. "
                        "Але ви ніколи не зобов’язані цього робити, і працівники не повинні вас про це просити.</p>"
                        "<p>Дитина не повинна перекладати для вас. Розмова про здоров’я може бути особистою або болісною. "
                        "Навчений перекладач знає медичні слова.</p>"
                    ),
                ),
                (
                    "do_dont",
                    {
                        "do": [
                            "просіть перекладача, коли записуєтеся на прийом",
                            "скажіть працівникам свій діалект",
                            "ставте запитання, поки не зрозумієте",
                        ],
                        "dont": [
                            "не просіть дитину перекладати",
                            "не думайте, що мусите впоратися англійською",
                            "не підписуйте форму, якої не розумієте",
                        ],
                    },
                ),
                (
                    "details",
                    {
                        "summary": "А якщо я не довіряю перекладачу?",
                        "body": (
                            "<p>Перекладач може знати людей з вашої громади. Ви можете боятися, що він комусь розповість. "
                            "Перекладачі мають тримати все в таємниці. "
                            "Ви все одно можете попросити іншого перекладача або перекладача по телефону з іншого регіону.</p>"
                        ),
                    },
                ),
                (
                    "details",
                    {
                        "summary": "Чи можна отримувати листи моєю мовою?",
                        "body": (
                            "<p>Можна запитати. Деякі клініки можуть перекласти листи. "
                            "Інші можуть замовити перекладача, щоб він пояснив вам лист.</p>"
                        ),
                    },
                ),
            ],
        },
    },
    # ------------------------------------------------------------------ Urdu
    "ur": {
        "guides": {
            "title": "این ایچ ایس (NHS) استعمال کرنے کے لیے رہنما",
            "summary": "انگلینڈ میں این ایچ ایس (NHS) سے علاج حاصل کرنے کے لیے مختصر اور آسان رہنما۔ جانیں کہ جی پی (GP) سے کیسے ملیں، فوری مدد کیسے لیں، اور آپ کے حقوق کیا ہیں۔",
            "intro": (
                "<p>یہ رہنما بتاتے ہیں کہ انگلینڈ میں این ایچ ایس (NHS، سرکاری صحت سروس) کو کیسے استعمال کریں، ایک وقت میں ایک کام۔ "
                "انہیں اُن لوگوں نے جی پی ڈاکٹروں اور نرسوں کے ساتھ مل کر لکھا ہے جنہیں این ایچ ایس استعمال کرنا مشکل لگا۔ "
                "آپ کوئی بھی رہنما استقبالیہ (reception) پر عملے کو دکھا سکتے ہیں۔</p>"
            ),
        },
        "register-with-a-gp": {
            "title": "جی پی (GP) کے پاس رجسٹر ہوں",
            "summary": "آپ مفت میں جی پی (GP) کے پاس رجسٹر ہو سکتے ہیں۔ آپ کو پتے کے ثبوت، شناختی دستاویز یا امیگریشن اسٹیٹس کی ضرورت نہیں۔ یہاں بتایا گیا ہے کہ یہ کیسے کریں، اور اگر کلینک انکار کرے تو کیا کریں۔",
            "body": [
                (
                    "summary",
                    {
                        "points": [
                            "جی پی (GP) کے پاس رجسٹر ہونا مفت ہے۔",
                            "آپ کو پتے کے ثبوت، شناختی دستاویز یا امیگریشن اسٹیٹس کی ضرورت نہیں۔",
                            "اگر آپ کا گھر نہیں ہے تو آپ کلینک کا پتہ، یا کسی ڈے سینٹر (day centre) یا ہاسٹل (hostel) کا پتہ دے سکتے ہیں۔",
                            "اگر کلینک انکار کرے تو اسے آپ کو وجہ لکھ کر بتانی ہوگی۔",
                        ]
                    },
                ),
                ("heading", {"text": "کون رجسٹر ہو سکتا ہے", "level": "h2"}),
                (
                    "text",
                    (
                        "<p>انگلینڈ میں کوئی بھی شخص جی پی کلینک (GP practice یا surgery) میں رجسٹر ہو سکتا ہے۔ "
                        "اس میں بے گھر لوگ اور دوسرے ملک سے آئے ہوئے لوگ بھی شامل ہیں۔ "
                        "آپ کے امیگریشن اسٹیٹس سے کوئی فرق نہیں پڑتا۔ جی پی سے ملنا مفت ہے۔</p>"
                        "<p>جی پی (GP) فیملی ڈاکٹر ہوتا ہے۔ وہ صحت کے زیادہ تر مسائل میں مدد کر سکتا ہے۔ "
                        "وہ آپ کو ہسپتال یا کسی ماہر ڈاکٹر کے پاس بھی بھیج سکتا ہے (اسے ریفرل، referral کہتے ہیں)۔</p>"
                    ),
                ),
                (
                    "rights",
                    {
                        "heading": "",
                        "rights": [
                            "رجسٹر ہونے کے لیے آپ کو پتے کے ثبوت کی ضرورت نہیں۔",
                            "رجسٹر ہونے کے لیے آپ کو شناختی دستاویز، جیسے پاسپورٹ، کی ضرورت نہیں۔",
                            "آپ کو ویزا یا اپنا امیگریشن اسٹیٹس دکھانے کی ضرورت نہیں۔",
                            "آپ کو این ایچ ایس نمبر (NHS number) کی ضرورت نہیں۔",
                            "کلینک آپ کی نسل، مذہب، جنسی رجحان، معذوری یا صحت کی وجہ سے آپ کو واپس نہیں بھیج سکتا۔",
                        ],
                        "note": (
                            "<p>یہ این ایچ ایس انگلینڈ (NHS England) کے قوانین ہیں۔ بہت سے کلینک <b>سیف سرجریز (Safe Surgeries)</b> میں شامل ہو چکے ہیں۔ "
                            "اس کا مطلب ہے کہ انہوں نے ہر ایک کو خوش آمدید کہنے کا وعدہ کیا ہے۔</p>"
                        ),
                    },
                ),
                ("heading", {"text": "رجسٹر کیسے ہوں", "level": "h2"}),
                (
                    "steps",
                    {
                        "steps": [
                            {
                                "title": "اپنے قریب کوئی جی پی کلینک تلاش کریں",
                                "text": (
                                    '<p><a href="https://www.nhs.uk/service-search/find-a-gp">این ایچ ایس کی ویب سائٹ</a> پر کلینک تلاش کریں۔ '
                                    "آپ کسی سپورٹ ورکر (support worker) یا کسی قابلِ بھروسہ دوست سے بھی پوچھ سکتے ہیں۔</p>"
                                ),
                            },
                            {
                                "title": "رجسٹر ہونے کے لیے کہیں، آن لائن یا استقبالیہ پر",
                                "text": (
                                    "<p>بہت سے کلینک آن لائن رجسٹر ہونے دیتے ہیں۔ "
                                    "آپ استقبالیہ (reception) پر جا کر رجسٹریشن فارم بھی مانگ سکتے ہیں۔ "
                                    "این ایچ ایس کے فارم کا نام GMS1 ہے۔</p>"
                                ),
                            },
                            {
                                "title": "فارم بھریں",
                                "text": (
                                    "<p>اپنا نام اور تاریخِ پیدائش لکھیں۔ اگر آپ کا کوئی پتہ ہے تو وہ بھی لکھیں۔ "
                                    "اگر آپ کو کسی سوال کا جواب نہیں معلوم تو خانہ خالی چھوڑ سکتے ہیں۔ "
                                    "عملہ فارم بھرنے میں آپ کی مدد کر سکتا ہے۔</p>"
                                ),
                            },
                            {
                                "title": "کلینک کے جواب کا انتظار کریں",
                                "text": (
                                    "<p>رجسٹریشن ہو جانے پر کلینک آپ کو بتائے گا۔ اس میں اکثر چند دن لگتے ہیں۔ "
                                    "اگر ہو سکے تو انہیں اپنا فون نمبر دیں۔</p>"
                                ),
                            },
                            {
                                "title": "اپائنٹمنٹ بُک کریں",
                                "text": (
                                    "<p>رجسٹر ہونے کے بعد آپ جی پی یا نرس سے ملنے کے لیے اپائنٹمنٹ بُک کر سکتے ہیں۔ "
                                    "اگر آپ کو آج ہی مدد چاہیے تو بتائیں کہ یہ فوری (urgent) ہے۔</p>"
                                ),
                            },
                        ]
                    },
                ),
                ("heading", {"text": "اگر آپ کا کوئی مستقل پتہ نہیں", "level": "h2"}),
                (
                    "text",
                    (
                        "<p>آپ پھر بھی رجسٹر ہو سکتے ہیں۔ آپ کسی ڈے سینٹر (day centre) یا ہاسٹل (hostel) کا پتہ دے سکتے ہیں۔ "
                        "آپ خود کلینک کا پتہ بھی استعمال کر سکتے ہیں۔</p>"
                        "<p>کلینک کو آپ سے رابطے کا کوئی طریقہ چاہیے۔ "
                        "فون نمبر یا آپ کے سپورٹ ورکر (support worker) کی تفصیلات مدد کر سکتی ہیں۔</p>"
                    ),
                ),
                (
                    "inset",
                    {
                        "text": (
                            "<p>عملہ آپ سے شناختی دستاویز یا پتے کا ثبوت مانگ سکتا ہے۔ "
                            "<b>آپ کہہ سکتے ہیں کہ یہ آپ کے پاس نہیں ہے۔</b> کلینک کو پھر بھی آپ کو رجسٹر کرنا چاہیے۔</p>"
                        )
                    },
                ),
                ("heading", {"text": "استقبالیہ پر آپ کیا کہہ سکتے ہیں", "level": "h2"}),
                (
                    "phrases",
                    {
                        "intro": "آپ یہ الفاظ کہہ سکتے ہیں، یا یہ صفحہ اپنے فون پر دکھا سکتے ہیں۔",
                        "phrases": [
                            "مجھے اس کلینک میں رجسٹر ہونا ہے، براہِ مہربانی۔",
                            "میرے پاس شناختی دستاویز یا پتے کا ثبوت نہیں ہے۔ مجھے معلوم ہے کہ رجسٹر ہونے کے لیے ان کی ضرورت نہیں۔",
                            "میرا کوئی گھر نہیں ہے۔ کیا کلینک کا پتہ استعمال ہو سکتا ہے؟",
                            "براہِ مہربانی، فارم بھرنے میں میری مدد کریں۔",
                            "مجھے ترجمان کی ضرورت ہے، براہِ مہربانی۔ مجھے معلوم ہے کہ یہ مفت ہے۔",
                            "اگر آپ مجھے رجسٹر نہیں کر سکتے تو براہِ مہربانی مجھے وجہ لکھ کر دیں۔",
                        ],
                    },
                ),
                ("heading", {"text": "اگر کلینک انکار کرے", "level": "h2"}),
                (
                    "text",
                    (
                        "<p>کلینک صرف چند وجوہات سے انکار کر سکتا ہے۔ ہو سکتا ہے ان کی مریضوں کی فہرست بھری ہوئی ہو۔ "
                        "یا ہو سکتا ہے آپ اُس علاقے سے باہر رہتے ہوں جہاں وہ سروس دیتے ہیں۔ "
                        "وہ اس وجہ سے انکار نہیں کر سکتے کہ آپ کے پاس شناختی دستاویز، پتہ یا ویزا نہیں ہے۔</p>"
                    ),
                ),
                (
                    "steps",
                    {
                        "steps": [
                            {
                                "title": "وجہ لکھ کر دینے کا کہیں",
                                "text": "<p>کلینک کو آپ کو ایک خط دینا ہوگا جس میں وجہ لکھی ہو۔</p>",
                            },
                            {
                                "title": "قریب کسی دوسرے کلینک میں کوشش کریں",
                                "text": "<p>اگر ایک کلینک انکار کر دے تو بھی آپ دوسرے کلینک میں رجسٹر ہو سکتے ہیں۔</p>",
                            },
                            {
                                "title": "اپنے علاقے کی این ایچ ایس سے مدد مانگیں",
                                "text": (
                                    "<p>آپ کا مقامی انٹیگریٹڈ کیئر بورڈ (integrated care board، ICB) آپ کے علاقے میں جی پی سروسز چلاتا ہے۔ "
                                    "وہ آپ کو ایسا کلینک ڈھونڈنے میں مدد دے سکتے ہیں جو آپ کو رجسٹر کرے۔</p>"
                                ),
                            },
                            {
                                "title": "کسی خیراتی ادارے سے مدد مانگیں",
                                "text": (
                                    "<p>کوئی مقامی ڈے سینٹر (day centre) یا پناہ گزینوں کی مدد کرنے والا خیراتی ادارہ مدد کر سکتا ہے۔ "
                                    "ڈاکٹرز آف دی ورلڈ (Doctors of the World) بھی لوگوں کو رجسٹر ہونے میں مدد دیتا ہے۔</p>"
                                ),
                            },
                        ]
                    },
                ),
                (
                    "details",
                    {
                        "summary": "کیا رجسٹر ہونے سے پہلے ڈاکٹر سے ملا جا سکتا ہے؟",
                        "body": (
                            "<p>جی ہاں، اگر آپ کو جلدی علاج کی ضرورت ہو۔ "
                            "جی پی کلینک رجسٹر ہونے سے پہلے آپ کو 14 دن تک فوری علاج دے سکتا ہے۔ "
                            "ایمرجنسی میں 999 پر کال کریں یا ہسپتال کے ایمرجنسی شعبے (A&amp;E) میں جائیں۔</p>"
                        ),
                    },
                ),
            ],
        },
        "get-help-fast": {
            "title": "فوری مدد: 999، 111 اور A&E",
            "summary": "جانیں کہ بیمار ہونے یا چوٹ لگنے پر کہاں جانا ہے۔ ایمرجنسی میں 999 پر کال کریں۔ اگر آپ کو جلدی مدد چاہیے لیکن ایمرجنسی نہیں ہے تو 111 پر کال کریں۔",
            "body": [
                (
                    "summary",
                    {
                        "points": [
                            "اگر کسی کی جان خطرے میں ہو تو 999 پر کال کریں۔",
                            "اگر آپ کو جلدی مدد چاہیے لیکن ایمرجنسی نہیں ہے تو 111 پر کال کریں یا 111 آن لائن استعمال کریں۔",
                            "999 اور 111 پر کال مفت ہے، دن ہو یا رات۔",
                            "آپ ترجمان مانگ سکتے ہیں۔ اپنی زبان کا نام انگریزی میں بتائیں۔",
                        ]
                    },
                ),
                ("heading", {"text": "کون سی سروس استعمال کریں", "level": "h2"}),
                (
                    "text",
                    "<p>یہ جاننا مشکل ہو سکتا ہے کہ کہاں جائیں۔ یہ خانے آپ کو چننے میں مدد دیں گے۔ اگر آپ کو یقین نہیں تو 111 پر کال کریں۔</p>",
                ),
                (
                    "care_card",
                    {
                        "urgency": "emergency",
                        "heading": "ابھی 999 پر کال کریں یا ہسپتال کے ایمرجنسی شعبے (A&E) جائیں اگر کوئی:",
                        "body": (
                            "<ul>"
                            "<li>سانس لینا بند کر چکا ہو، یا اسے سانس لینے میں بہت مشکل ہو۔</li>"
                            "<li>اس کے سینے میں ایسا درد ہو جو بھاری یا جکڑا ہوا لگے۔</li>"
                            "<li>اس کا بہت خون بہہ رہا ہو اور رک نہ رہا ہو۔</li>"
                            "<li>اس کا چہرہ ایک طرف ڈھلک گیا ہو، بازو کمزور ہو یا بولنے میں لڑکھڑاہٹ ہو (فالج کی علامات)۔</li>"
                            "<li>اسے دورہ (fit) پڑا ہو جو رک نہ رہا ہو۔</li>"
                            "<li>جگانے پر نہ جاگے۔</li>"
                            "<li>اسے شدید الرجی ہو، اور چہرہ، ہونٹ یا گلا سوج گیا ہو۔</li>"
                            "<li>اس وقت کسی دوسرے شخص کی وجہ سے خطرے میں ہو۔</li>"
                            "</ul>"
                            "<p>A&amp;E (ایکسیڈنٹ اینڈ ایمرجنسی) ہسپتال میں ہوتا ہے۔ یہ دن رات کھلا رہتا ہے۔</p>"
                        ),
                    },
                ),
                (
                    "care_card",
                    {
                        "urgency": "urgent",
                        "heading": "111 پر کال کریں یا 111 آن لائن استعمال کریں اگر:",
                        "body": (
                            "<ul>"
                            "<li>آپ کو آج مدد چاہیے، لیکن کسی کی جان خطرے میں نہیں۔</li>"
                            "<li>آپ کو نہیں معلوم کہ کہاں جائیں۔</li>"
                            "<li>آپ کی کوئی ضروری دوا ختم ہو گئی ہے۔</li>"
                            "<li>آپ کے دانت میں شدید درد ہے اور آپ کا کوئی ڈینٹسٹ نہیں۔</li>"
                            "</ul>"
                            "<p>111 والے آپ کو بتا سکتے ہیں کہ کیا کریں۔ وہ کسی سے ملنے کے لیے آپ کی اپائنٹمنٹ بُک کر سکتے ہیں۔ "
                            "وہ ایمبولینس بھی بھیج سکتے ہیں۔</p>"
                        ),
                    },
                ),
                (
                    "care_card",
                    {
                        "urgency": "non-urgent",
                        "heading": "فارماسسٹ یا اپنے جی پی (GP) سے پوچھیں اگر:",
                        "body": (
                            "<ul>"
                            "<li>آپ کو زکام، کھانسی، گلے میں خراش یا کان میں درد ہے۔</li>"
                            "<li>آپ کو کسی دوا کے بارے میں مشورہ چاہیے۔</li>"
                            "<li>آپ کو کچھ عرصے سے کوئی مسئلہ ہے اور وہ تیزی سے نہیں بگڑ رہا۔</li>"
                            "</ul>"
                            "<p>آپ اپائنٹمنٹ کے بغیر فارماسسٹ (pharmacist یا chemist) سے مل سکتے ہیں۔</p>"
                        ),
                    },
                ),
                ("heading", {"text": "111 کیسے استعمال کریں", "level": "h2"}),
                (
                    "steps",
                    {
                        "steps": [
                            {
                                "title": "111 پر کال کریں یا 111.nhs.uk پر جائیں",
                                "text": (
                                    "<p>موبائل اور لینڈ لائن سے کال مفت ہے۔ "
                                    "آپ 5 سال یا اس سے زیادہ عمر کے کسی بھی شخص کے لیے 111 آن لائن استعمال کر سکتے ہیں۔</p>"
                                ),
                            },
                            {
                                "title": "بتائیں کہ آپ کو کون سی زبان چاہیے",
                                "text": (
                                    "<p>اپنی زبان کا نام انگریزی میں بتائیں، مثلاً “Urdu”۔ "
                                    "جب تک وہ ترجمان ڈھونڈیں، انتظار کریں۔ یہ مفت ہے۔</p>"
                                ),
                            },
                            {
                                "title": "سوالوں کے جواب دیں",
                                "text": "<p>وہ آپ سے پوچھیں گے کہ آپ کیسا محسوس کر رہے ہیں۔ اس سے انہیں آپ کو صحیح جگہ بھیجنے میں مدد ملتی ہے۔</p>",
                            },
                            {
                                "title": "ان کے مشورے پر عمل کریں",
                                "text": (
                                    "<p>وہ آپ کو مشورہ دے سکتے ہیں، آپ کو واپس کال کر سکتے ہیں، یا کہیں آپ کی اپائنٹمنٹ بُک کر سکتے ہیں۔ "
                                    "جو بات سمجھ نہ آئے، اسے دوبارہ کہنے کا کہیں۔</p>"
                                ),
                            },
                        ]
                    },
                ),
                (
                    "details",
                    {
                        "summary": "اگر آپ سن نہیں سکتے یا آپ کو سننے میں مشکل ہوتی ہے",
                        "body": (
                            '<p>آپ <a href="https://111.nhs.uk/">111 کی ویب سائٹ</a> پر برٹش سائن لینگویج (BSL) میں NHS 111 سروس استعمال کر سکتے ہیں۔ '
                            "آپ Relay UK ایپ کے ذریعے بھی 111 پر کال کر سکتے ہیں۔</p>"
                        ),
                    },
                ),
                ("heading", {"text": "فوری علاج کے مراکز (urgent treatment centres)", "level": "h2"}),
                (
                    "text",
                    (
                        "<p>فوری علاج کا مرکز (urgent treatment centre) اُن مسائل میں مدد کرتا ہے جن کا آج علاج ضروری ہو لیکن جان کو خطرہ نہ ہو۔ "
                        "مثلاً موچ، کٹ لگنا، چھوٹے جلے ہوئے زخم، یا ایسی ہڈی جو شاید ٹوٹ گئی ہو۔</p>"
                        "<p>کچھ مراکز میں آپ سیدھے جا سکتے ہیں۔ "
                        "کچھ مراکز کہتے ہیں کہ پہلے 111 کے ذریعے بُکنگ کریں۔</p>"
                    ),
                ),
                ("heading", {"text": "اگر آپ گھر میں خطرے میں ہیں", "level": "h2"}),
                (
                    "text",
                    (
                        "<p>999 پر کال کریں اور پولیس مانگیں۔ اگر آپ بول نہیں سکتے تو لائن پر رہیں۔ "
                        "اگر ہو سکے تو کھانسیں یا فون کو تھپتھپائیں۔</p>"
                        "<p>موبائل پر آپ کو ایک ریکارڈ شدہ پیغام سنائی دے سکتا ہے۔ جب وہ کہے تو 55 دبائیں۔ "
                        "اس سے پولیس کو پتہ چلتا ہے کہ آپ کو مدد چاہیے۔</p>"
                    ),
                ),
                (
                    "inset",
                    {
                        "text": (
                            "<p><b>A&amp;E میں علاج سب کے لیے مفت ہے۔</b> "
                            "ایمرجنسی علاج کے لیے آپ کو شناختی دستاویز یا کاغذات کی ضرورت نہیں۔</p>"
                        )
                    },
                ),
                (
                    "do_dont",
                    {
                        "do": [
                            "ایمرجنسی میں 999 پر کال کریں، چاہے آپ کو یقین نہ ہو",
                            "جتنا صاف بتا سکیں، بتائیں کہ آپ کہاں ہیں",
                            "اپنی دوائیں، یا ان کی فہرست، A&E ساتھ لے جائیں",
                            "ترجمان مانگیں",
                        ],
                        "dont": [
                            "اگر آپ بہت بیمار ہیں تو خود گاڑی چلا کر A&E نہ جائیں",
                            "سینے کا درد ختم ہونے کا انتظار نہ کریں",
                            "ایمرجنسی میں کسی کا وقت ضائع کرنے کی فکر نہ کریں",
                        ],
                    },
                ),
                (
                    "contact",
                    {
                        "name": "NHS 111",
                        "phone": "111",
                        "text_number": "",
                        "website": "https://111.nhs.uk/",
                        "opening_times": "دن کے 24 گھنٹے، ہر روز",
                        "note": "کال مفت ہے۔ ترجمان کے لیے اپنی زبان کا نام انگریزی میں بتائیں۔",
                    },
                ),
            ],
        },
        "ask-for-an-interpreter": {
            "title": "ترجمان مانگیں",
            "summary": "این ایچ ایس (NHS) میں ترجمان مفت ہوتے ہیں۔ اپائنٹمنٹ بُک کرتے وقت ترجمان مانگیں۔ آپ کو خاندان، دوستوں یا بچوں سے ترجمہ کروانے کی ضرورت نہیں۔",
            "body": [
                (
                    "summary",
                    {
                        "points": [
                            "این ایچ ایس (NHS) میں ترجمان مفت ہوتے ہیں۔ آپ کبھی پیسے نہیں دیتے۔",
                            "ہر بار اپائنٹمنٹ بُک کرتے وقت ترجمان مانگیں۔",
                            "آپ کو خاندان یا دوستوں سے ترجمہ کروانے کی ضرورت نہیں۔ بچوں کو ترجمہ نہیں کرنا چاہیے۔",
                            "ترجمان آپ کے ساتھ کمرے میں، فون پر یا ویڈیو پر ہو سکتا ہے۔",
                        ]
                    },
                ),
                ("heading", {"text": "ترجمان حاصل کرنا آپ کا حق ہے", "level": "h2"}),
                (
                    "rights",
                    {
                        "heading": "",
                        "rights": [
                            "اگر آپ کو ترجمان کی ضرورت ہو تو این ایچ ایس کو آپ کو ترجمان دینا ہوگا۔ یہ مفت ہے۔",
                            "آپ جی پی (GP)، ڈینٹسٹ، فارمیسی، ہسپتال اور 111 پر ترجمان لے سکتے ہیں۔",
                            "جو لوگ سن نہیں سکتے، وہ برٹش سائن لینگویج (BSL) کا ترجمان لے سکتے ہیں۔",
                            "آپ عورت یا مرد ترجمان مانگ سکتے ہیں۔ عملہ اس کا انتظام کرنے کی کوشش کرے گا۔",
                            "ترجمان کو آپ کی ہر بات راز میں رکھنی ہوتی ہے (confidential)۔",
                        ],
                        "note": "<p>یہ بات جی پی کلینکس اور دوسری مقامی سروسز میں ترجمانی کے بارے میں این ایچ ایس انگلینڈ (NHS England) کی رہنمائی سے لی گئی ہے۔</p>",
                    },
                ),
                ("heading", {"text": "کیسے مانگیں", "level": "h2"}),
                (
                    "steps",
                    {
                        "steps": [
                            {
                                "title": "رجسٹر ہوتے وقت کلینک کو اپنی زبان بتائیں",
                                "text": "<p>ان سے کہیں کہ آپ کی زبان آپ کے ریکارڈ میں لکھ دیں۔ پھر انہیں ہر بار آپ کے لیے ترجمان بُک کرنا چاہیے۔</p>",
                            },
                            {
                                "title": "اپائنٹمنٹ بُک کرتے وقت دوبارہ مانگیں",
                                "text": (
                                    "<p>اپنی زبان اور اپنا لہجہ بتائیں، مثلاً کرد سورانی (Kurdish Sorani)۔ "
                                    "اس سے انہیں صحیح شخص ڈھونڈنے میں مدد ملتی ہے۔</p>"
                                ),
                            },
                            {
                                "title": "بتائیں کہ آپ ترجمان کیسے چاہتے ہیں",
                                "text": (
                                    "<p>بہت سے ترجمان فون یا ویڈیو پر کام کرتے ہیں۔ "
                                    "اگر آپ چاہتے ہیں کہ ترجمان کمرے میں آپ کے ساتھ ہو تو بُک کرتے وقت یہ بتا دیں۔</p>"
                                ),
                            },
                            {
                                "title": "ضرورت ہو تو زبان کا کارڈ دکھائیں",
                                "text": (
                                    "<p>آپ اس ویب سائٹ سے زبان کا کارڈ (language card) پرنٹ کر سکتے ہیں۔ "
                                    "یہ عملے کو انگریزی میں بتاتا ہے کہ آپ کون سی زبان بولتے ہیں۔</p>"
                                ),
                            },
                        ]
                    },
                ),
                (
                    "inset",
                    {
                        "text": (
                            "<p>اگر آپ کو ضرورت ہو تو لمبی اپائنٹمنٹ مانگیں۔ "
                            "<b>ترجمان کے ذریعے بات کرنے میں زیادہ وقت لگتا ہے۔</b></p>"
                        )
                    },
                ),
                ("heading", {"text": "آپ کیا کہہ سکتے ہیں", "level": "h2"}),
                (
                    "phrases",
                    {
                        "intro": "آپ یہ الفاظ استقبالیہ پر یا فون پر کہہ سکتے ہیں۔",
                        "phrases": [
                            "مجھے ترجمان کی ضرورت ہے، براہِ مہربانی۔",
                            "میری زبان عربی ہے۔ براہِ مہربانی عربی کا ترجمان بُک کریں۔",
                            "براہِ مہربانی مجھے خاتون ترجمان چاہیے۔",
                            "مجھے اپنے گھر والوں سے ترجمہ نہیں کروانا۔",
                            "براہِ مہربانی، کیا مجھے لمبی اپائنٹمنٹ مل سکتی ہے؟",
                            "مجھے سمجھ نہیں آیا۔ براہِ مہربانی، کیا آپ دوبارہ کہہ سکتے ہیں؟",
                        ],
                    },
                ),
                ("heading", {"text": "خاندان، دوست اور بچے", "level": "h2"}),
                (
                    "text",
                    (
                        "<p>کچھ لوگوں کو کسی جاننے والے کو ساتھ لانا آسان لگتا ہے۔ یہ آپ کی مرضی ہے۔ "
                        "لیکن آپ پر کبھی ایسا کرنا لازم نہیں، اور عملے کو آپ سے ایسا کرنے کو نہیں کہنا چاہیے۔</p>"
                        "<p>کسی بچے کو آپ کے لیے ترجمہ نہیں کرنا چاہیے۔ صحت کی باتیں نجی یا پریشان کن ہو سکتی ہیں۔ "
                        "تربیت یافتہ ترجمان طبی الفاظ جانتا ہے۔</p>"
                    ),
                ),
                (
                    "do_dont",
                    {
                        "do": [
                            "اپائنٹمنٹ بُک کرتے وقت ترجمان مانگیں",
                            "عملے کو اپنا لہجہ بتائیں",
                            "جب تک سمجھ نہ آئے، سوال پوچھتے رہیں",
                        ],
                        "dont": [
                            "کسی بچے سے ترجمہ نہ کروائیں",
                            "یہ نہ سوچیں کہ آپ کو انگریزی میں ہی گزارا کرنا ہے",
                            "کسی ایسے فارم پر دستخط نہ کریں جو آپ کو سمجھ نہ آئے",
                        ],
                    },
                ),
                (
                    "details",
                    {
                        "summary": "اگر مجھے ترجمان پر بھروسہ نہ ہو تو کیا کروں؟",
                        "body": (
                            "<p>ہو سکتا ہے ترجمان آپ کی کمیونٹی کے لوگوں کو جانتا ہو۔ آپ کو فکر ہو سکتی ہے کہ وہ آپ کی باتیں دوسروں کو بتائے گا۔ "
                            "ترجمانوں کو ہر بات راز میں رکھنی ہوتی ہے۔ "
                            "پھر بھی آپ کوئی دوسرا ترجمان مانگ سکتے ہیں، یا کسی دوسرے علاقے سے فون پر ترجمان۔</p>"
                        ),
                    },
                ),
                (
                    "details",
                    {
                        "summary": "کیا مجھے خطوط اپنی زبان میں مل سکتے ہیں؟",
                        "body": (
                            "<p>آپ پوچھ سکتے ہیں۔ کچھ کلینک خطوط کا ترجمہ کر سکتے ہیں۔ "
                            "کچھ کلینک خط سمجھانے کے لیے ترجمان بُک کر سکتے ہیں۔</p>"
                        ),
                    },
                ),
            ],
        },
    },
}
