package qa

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

func TestClassify(t *testing.T) {
	tests := []struct {
		q    string
		want QType
	}{
		// English.
		{"How much did Meta pay for its stake in Scale AI?", QMoney},
		{"Perplexity was valued at about what after its May round?", QMoney},
		{"What was the price on Apple's Beats purchase?", QMoney},
		{"What did Apple want to buy?", QWhich},
		{"The minimum stint Wang has to put in at Meta?", QDuration},
		{"how young is zuckerberg", QCount},
		{"So did Meta pay up for Scale AI or not?", QYesNo},
		{"so how much did meta pay", QMoney},
		// After a topic whose "where" asks nothing, the part after the
		// dash asks; a topic without an interrogative is read with it.
		{"The anonymous gossip app where a Meta staffer posted - which tech hub is it tied to?", QWhere},
		{"scale ai stake price - what figure does the piece give?", QMoney},
		{"In which years did Zhang Fan serve as Zhipu's COO?", QWhen},
		{"Who was Ming Chaoping's employer before he left?", QWhich},
		// The clause ends at "what,": what follows is no noun of it.
		{"Cash poaching and layoffs are described as what, for model makers?", QOther},
		// 怎么样了 at the end asks how a thing stands, as 怎么样 does.
		{"六小龙的融资环境后来变得怎么样了", QOther},
		{"大模型時代想創新，什麼比錢更重要？", QOther},     // the money is what it is measured against
		{"坚持模型和应用双轮驱动的那几家被称作什么？", QOther}, // 那几家 "those few" counts nothing
		// 几家 before another interrogative in its clause says "several".
		{"被深度求索冲击之后，国内几家大模型创业公司陷入了什么样的危机？", QOther},
		{"几位高管离开了哪些公司？", QWhich},
		{"几家公司裁了高管？", QCount}, // a guard: nothing else asks
		{"What's the AI search startup Apple is eyeing worth?", QMoney},
		{"Giannandrea demoted?", QYesNo}, // a name and a past participle
		{"Wang hired by Meta?", QYesNo},
		{"What happened to John Giannandrea?", QOther}, // not a terse yes/no
		{"Among the six little dragons, which one abandoned AGI?", QWhich},
		{"Which senior machine learning boss at Apple is being pushed aside?", QWho},
		{"Who built a rival model for a fraction of what OpenAI spent?", QWho},
		{"How big a signing bonus did Zuckerberg offer OpenAI people?", QMoney},
		{"What was Perplexity valued at after its latest funding round?", QMoney},
		{"Perplexity was valued at what after its latest round?", QMoney}, // in situ
		{"Meta paid what for Scale AI?", QMoney},
		// What something would "set someone back" or "have cost" is
		// money; "o1's cost" at the end is a noun, and "set up … back in"
		// no idiom.
		{"What would it have set Zuckerberg back to buy SSI?", QMoney},
		{"What was the size of SSI's April funding round?", QMoney}, // the size of a sum
		{"SSI's funding round back in April brought in what amount?", QMoney},
		{"How large a bonus did Meta offer?", QMoney},
		{"How big is Zuck's new AI lab?", QCount}, // a team's size is a count
		{"How much did the deal set Meta back?", QMoney},
		{"What would buying Sutskever's start-up have cost?", QMoney},
		// What someone paid is a sum; a size in people a count.
		{"What did Meta end up paying for its Scale AI shares?", QMoney},
		{"What size is Zuckerberg's new AI lab expected to be, in people?", QCount},
		// Who reports to someone is a person; who reported it an outlet.
		{"Who reports directly to Sundar Pichai as Google's chief AI architect?", QWho},
		{"Who reported that Zuckerberg tried to buy SSI?", QWhere}, // a guard
		// What happened to someone is no who; 哪个时间段 asks when; with
		// 什么 asking, 规模 counts nothing.
		{"What happened to executives at China's six little dragons after DeepSeek hit them?", QOther},
		{"国内AI六小龙融资越来越难，是从哪个时间段开始的？", QWhen},
		{"放弃做大应用规模之后，四小强把钱押到了什么上面？", QOther},
		{"what did Liang Wenfeng build for less than a tenth of o1's cost", QOther},
		{"Did Zuckerberg set up a team back in April?", QYesNo},
		{"What did Meta shell out to get Alexandr Wang?", QMoney}, // a phrasal verb of spending
		// A money word that modifies a noun, or a deal named before a
		// comma, is not the sum asked for; a post at the end of a
		// "what" question is not the person asked for.
		{"What money problem has been knocking China's top AI startups off course?", QOther},
		{"In the Scale AI deal, what did Meta get?", QOther},
		{"What did Meta require of the startup's founder?", QOther},
		{"So, Meta paid what for it?", QMoney},
		{"Scale AI founder", QWho},
		// "Which" before people in the plural asks who; after "what" the
		// plural is the subject.
		{"Which of Apple's leaders is losing influence?", QWho},
		{"What attracts top researchers more than money?", QOther},
		{"What is the point of Google's Gemini app shake-up?", QWhy}, // a purpose
		// What an opening "besides" clause sets aside is no cue: these ask
		// what else, not money.
		{"Besides money, what do innovators need?", QOther},
		{"who does koray kavukcoglu report too", QWho}, // "to", misspelled: not who reported
		{"除了钱，人才更需要什么？", QOther},
		{"除了挖Alexandr Wang，扎克伯格還想收購哪家公司？", QWhich},
		{"Besides the stake, how much did Meta pay Wang?", QMoney},
		{"小扎给OpenAI的人开了多少签字费？", QMoney}, // a fee is money, not a count
		{"王的工资有多少？", QMoney},
		{"What percentage of Scale AI did Meta buy?", QPercent},
		{"How many daily active users did Gemini have?", QCount},
		{"How old is Alexandr Wang?", QCount},
		{"What do people treat ChatGPT as?", QOther}, // "people" is the subject, not the kind asked
		{"What is Alexandr Wang's age?", QCount},
		{"At what age did Wang found Scale AI?", QCount},
		{"Who leads Google in the age of AI?", QWho}, // an era, not an age asked
		{"What's ChatGPT's monthly user count?", QCount},
		{"What is the number of Gemini users?", QCount},
		{"scale ai staff count after meta bought its 49%?", QCount}, // a stake named is no tally given
		{"What was the number one goal?", QOther},                   // no count of anything
		// "what" as the object of a last preposition asks for a thing,
		// not the money traded or spent; a money noun right after
		// "what" still asks money.
		{"What can big companies trade money for?", QOther},
		{"deep-pocketed giants can exchange cash for what?", QOther}, // the money is traded, not asked
		{"What did Zhang Yiming spend money on?", QOther},
		{"What price did Wang ask for?", QMoney},
		{"What matters more than spending money on talent?", QOther},
		{"谷歌重组Gemini团队是为了什么？", QWhy}, // a purpose
		// 如何/怎么样 after what it asks about asks how that is; before
		// the verb it asks how it was done.
		{"Llama 4发布后口碑如何？", QOther},
		// What something is worth, asked after a topic set before it.
		{"Apple's record deal so far, Beats, what was it worth", QMoney},
		// "What part of the year" asks when.
		{"what part of the year did google shake up the gemini team", QWhen},
		// The name of a person asks who.
		{"name of the guy running SSI", QWho},
		// A fundraise is money.
		{"How big was the fundraise SSI closed in April?", QMoney},
		// 怎样的 and a noun asks what kind; 怎样的方式 still asks how.
		{"Meta继续投入算是一种怎样的选择？", QOther},
		{"六小龙是用怎样的方式追赶的？", QWhy},
		// A tally of users without an interrogative asks a number; a
		// tech giant is a company, an SVP a person.
		{"ChatGPT monthly user figures in that report?", QCount},
		{"Which tech giant wanted to buy Perplexity?", QWhich},
		{"Which Google VP now runs the Gemini app?", QWho},
		{"哪个巨头在Meta之前就砸钱抢人了？", QWhich},
		// A minimum time asks how long; a headquarters, where.
		{"What's the minimum period Wang has to stay at Meta?", QDuration},
		{"perplexity headquarters?", QWhere},
		{"Which Apple AI chief is getting sidelined?", QWho},
		{"Who did Meta buy a stake in to get Alexandr Wang?", QWhich}, // a stake is in a company
		// A keyword query that writes the figure out names it, it does
		// not ask for it; names with digits (R1, 2025) are no figures.
		{"Zuckerberg 143亿美元 Wang", QOther},
		{"Gemini DAU 3500万", QOther},
		{"Deepseak R1 cost vs o1", QMoney},
		{"Which Zhipu exec left?", QWho},
		{"Gemini 2.5的性能怎么样？", QOther},
		{"冒泡鸭后来怎么了？", QOther},
		{"扎克伯格是如何让Meta拿到船票的？", QWhy},
		{"What was the purpose of reorganizing the Gemini app team?", QWhy},
		{"扎克伯格掏了多少真金白银？", QMoney},
		{"How long does Alexandr Wang have to stay at Meta?", QDuration},
		{"When did Zuckerberg first reach out to Alexandr Wang?", QWhen},
		{"What year did Apple buy Beats?", QWhen},
		{"Where did a Meta employee post that the unit was panicking?", QWhere},
		// Past a measure word: 哪座城市 asks a place, 哪名高管 a person.
		{"DeepSeek这家公司位于中国哪座城市？", QWhere},
		{"扎克伯格挖了哪名高管？", QWho},
		// "How early" asks when; "asking price" a sum; "where … based"
		// a place even of an app; which of a company's teams, the team.
		{"How early did Zuckerberg reach out to Alexandr Wang?", QWhen},
		{"What was Alexandr Wang's highest asking price for himself and Scale AI?", QMoney},
		{"Where is Blind, the anonymous gossip app, based?", QWhere},
		{"Which of Google's teams is being reorganized?", QWhich},
		// An explanation or grounds asked for is a reason; what a term
		// stands for is explained as a how is.
		{"官方對張前川淡出公司事務的解釋是什麼？", QWhy},
		{"张前川离职的理由是什么", QWhy},
		{"数据过拟合具体指的是什么？", QWhy},
		{"刷榜是什么意思？", QWhy},
		{"What's ChatGPT's monthly active user figure?", QCount},
		{"Who founded SSI?", QWho},
		{"Which Zhipu executive left the company?", QWho},
		{"Which outlet reported that Zuckerberg approached Wang?", QWhich},
		// Who reported it asks for an outlet, which answers as a place
		// does; whom someone reports to asks for a person.
		{"Who reported that Zuckerberg tried to buy SSI?", QWhere},
		{"是谁爆料冒泡鸭停止大范围投入的？", QWhere},
		{"Who will Koray Kavukcuoglu report to?", QWho},
		{"卡武克奧盧向誰匯報？", QWho},
		{"What company did Ilya Sutskever found?", QWhich},
		{"Why did Zhang Qianchuan step back from MiniMax?", QWhy},
		{"How did DeepSeek manage to build R1 so cheaply?", QWhy},
		{"How are the six little dragons trying to catch up?", QWhy},
		{"How have the Chinese start-ups cut costs?", QWhy},
		{"Did Ilya Sutskever accept Zuckerberg's offer?", QYesNo},
		// A headcount is a count; 叫啥 asks a name: a person's when the
		// question asks about a person, though 赚钱 names money.
		{"What headcount is Mark aiming for in his new research group?", QCount},
		{"王小川那家公司管賺錢的合夥人叫啥？", QWho},
		{"扎克伯格新组的团队叫什么名字？", QWhich},
		{"那個實驗室預計多少人？", QCount},
		{"砸钱抢人和裁员节流，反映出几种大模型追赶策略？", QCount},
		// A search-box query that ends with a post asks who holds it.
		{"mark zuckerburg superintellgence team leader", QWho},
		{"SSI CEO", QWho},
		{"冒泡鸭负责人", QWho},
		{"Llama 4 benchmark", QOther},
		// Which deal, and the record deal, is the company bought; what
		// deal someone struck is what it was.
		{"Which purchase holds Apple's record for its biggest deal?", QWhich},
		{"What was the biggest deal in Apple's history?", QWhich},
		{"苹果之前最贵的收购是哪笔？", QWhich},
		{"What deal did Meta strike with Scale AI?", QOther},
		{"How much was the deal worth?", QMoney},
		// 更名为什么 asks what, not why; 哪个 month asks when; a
		// parameter count is a count; a luminary or 大将 is a person.
		{"“跃问”这个应用后来更名为什么了？", QOther},
		{"为什么小扎要挖王？", QWhy},
		{"DeepSeek R1 是哪个 month 爆火的？", QWhen},
		{"At what point did Meta launch its first Llama model?", QWhen},
		// "what day", "what exact date": a when cue other than "when" is
		// no subordinate clause.
		{"What day did Meta announce the Scale AI deal?", QWhen},
		{"On what exact date was the deal announced?", QWhen},
		{"Meta收购Scale AI的具体日期是哪天？", QWhen},
		// A price raised to a figure the question ends on asking.
		{"At one point Alexandr Wang pushed his asking price up to what figure?", QMoney},
		{"The offer went as high as what?", QMoney},
		{"What's the parameter count of Meta's Llama 4 model?", QCount},
		{"Which AI luminary said no to Zuck's big-money pitch?", QWho},
		{"Kimi背后的公司走掉的那位产品大将叫啥？", QWho},
		{"智譜的營運長叫什麼名字？", QWho}, // the Taiwan title of a COO
		{"MiniMax那位运营官叫什么名字？", QWho},
		// Cash in a compound is no sum.
		{"What do cash-strapped start-ups maximize?", QOther},
		{"What did Meta pay in cash?", QMoney},
		// What was bought is a company.
		{"What did Apple want to buy?", QWhich},
		{"苹果想收购什么？", QWhich},
		{"What percentage of Scale AI did Meta buy?", QPercent},
		{"What did 01.AI give up on?", QOther},
		// A "when" inside the question is not what it asks.
		{"What role did Zuckerberg take on, like when he founded Facebook?", QOther},
		// Traditional.
		{"蘋果收購Beats花了多少錢？", QMoney},
		{"Meta用多少錢收購Scale AI的股份？", QMoney},
		{"Meta收購了Scale AI百分之幾的股份？", QPercent},
		{"What % of Scale did Meta end up with?", QPercent},
		{"How big a slice of Scale AI went to Meta?", QPercent}, // not a count
		{"How large a stake in Scale AI did Meta take?", QPercent},
		{"What was behind Meta's AI reshuffle?", QWhy},
		{"What sparked the panic at Meta?", QWhy},
		{"冒泡鸭是谁家的？", QWhich},
		{"离职的高管主要在哪块？", QOther},
		{"Where do the Gross and Friedman talks stand?", QOther},
		{"谷歌和ChatGPT差距在哪？", QOther},          // in what respect, not where
		{"扎克伯格担心Llama在哪方面落后OpenAI？", QOther}, // 哪方面: in what respect
		// The last part of a question set off by a dash or a full stop
		// asks, when the parts before it ask nothing.
		{"Zuckerberg dangled a big-money offer in front of Ilya Sutskever — did Ilya take it?", QYesNo},
		// So does an English yes/no part after a Chinese one that asks
		// nothing (was money: the deal's price); a Chinese part that asks
		// keeps the question its own.
		{"如果收购 Perplexity 成功, would it be 苹果史上最大的 deal?", QYesNo},
		{"苹果花了多少钱, was it 苹果史上最大的 deal?", QMoney},
		// A yes/no clause first and a clause asking what after it: the
		// last clause is the question.
		{"张心皓还在阶跃吗，现在挂着什么头衔", QOther},
		{"张心皓还在阶跃吗？", QYesNo},
		{"他还在吗，为什么？", QWhy},
		// Which generation or version of a product asks its name.
		{"哪一代Llama讓Meta成為大模型開源之王？", QWhich},
		{"Which version of Llama made Meta the king of open-source models?", QWhich},
		// A why told, asked who told it: a person.
		{"who explained to Zimubang why top talent goes to ByteDance and DeepSeek", QWho},
		{"Why did the PhD student say top talent goes to ByteDance?", QWhy},
		{"What does the iPhone maker want to buy?", QWhich}, // a company, however many words before the verb
		{"Meta offered Wang billions. Did he accept?", QYesNo},
		{"Who did Meta hire — was it Wang?", QWho},
		{"According to Sam Altman, how does Meta regard OpenAI?", QOther},                        // what it is seen as
		{"What had the Facebook parent's generative AI group in a panic back in January?", QWhy}, // what caused it
		{"What let the Hangzhou lab build its o1 rival so cheaply?", QWhy},                       // what made it possible
		{"问题出在哪里？", QOther},
		{"梁文锋的底气来自哪里？", QOther},
		{"苹果收购Perplexity是想干嘛？", QWhy},
		{"扎克伯格想干嘛？", QOther},
		{"明超平在哪家公司做过产品经理？", QWhich},
		{"SSI四月份融了多少？", QMoney},
		{"R1的成本不到o1的多少？", QPercent},
		{"R1的cost是o1的几分之一？", QPercent},
		{"Which dragon pivoted to healthcare?", QWhich},
		{"How big a check did Meta write for Wang?", QMoney},
		{"How cheaply did DeepSeek build R1?", QCount},
		{"扎克伯格新組建的AI實驗室預計有幾個人？", QCount},
		{"Alexandr Wang需要在Meta工作多久？", QDuration},
		{"Perplexity在哪個月完成了新一輪融資？", QWhen},
		{"扎克伯格什麼時候開始接觸Alexandr Wang？", QWhen},
		// A kind of person is described, not named.
		{"What kind of executives are leaving the Chinese AI startups?", QOther},
		{"哪类高管离开了六小龙？", QOther},
		// What made or drove something asks its cause.
		{"What made Zuckerberg want to rebuild his AI team?", QWhy},
		{"是什么促使扎克伯格重组AI团队？", QWhy},
		// 幾時 is "when" (its 幾 is no count), in both scripts.
		{"扎克伯格幾時接觸Wang？", QWhen},
		{"Llama 4几时发布的？", QWhen},
		{"Meta員工在哪裡匿名爆料？", QWhere},
		// Where a thing is from is a place, though the question names the
		// kind of thing (平台, app); where someone works is a company.
		{"Blind是哪里的匿名八卦平台？", QWhere},
		{"Blind is an anonymous gossip app from where?", QWhere},
		{"Where is the gossip app Blind from?", QWhere},
		{"Alexandr Wang在哪里当CEO？", QWhich},
		// 哪里的 before a post asks where the post is held: a company.
		{"科拉伊之前是哪里的CTO？", QWhich},
		{"如果买下SSI，小扎要花多少？", QMoney},
		{"张帆是哪儿的高管？", QWhich},
		{"Alexandr Wang是哪里的人？", QWhere},
		{"Which company did Ilya Sutskever leave?", QWhich},
		{"谷歌任命誰擔任首席AI架構師？", QWho},
		{"哪家外媒爆料扎克伯格接觸了Alexandr Wang？", QWhich},
		{"張前川為什麼淡出公司事務？", QWhy},
		{"伊利亞接受了扎克伯格的高薪嗎？", QYesNo},
		{"弗里德曼加入Meta了没有？", QYesNo},
		{"伊利亚接没接受扎克伯格的邀请？", QYesNo},
		{"苹果收购Perplexity了没？", QYesNo},
		{"谁没有离职？", QWho},
		{"百川智能轉向了哪個領域？", QOther},
		// One thing as a part of another is a ratio.
		{"DeepSeek R1的成本是o1的多少？", QPercent},
		{"R1的成本是o1的幾分之幾？", QPercent},
		{"收購SSI的價格是多少？", QMoney},
		// 幾乎 is "almost": it does not ask how many.
		{"Gemini 2.5在模型性能上幾乎追平了誰？", QWho},
		// Simplified.
		{"扎克伯格花了多少钱挖来Alexandr Wang？", QMoney},
		{"ChatGPT的月活跃用户是多少？", QCount},
		{"Meta和Alexandr Wang谈判了多长时间？", QDuration},
		// A tenure is a length of time, whatever money the query names.
		{"wang's minimum tenure at meta before the cash vests", QDuration},
		{"What's the tenure Meta requires of Wang?", QDuration},
		{"OpenAI是什么时候成立的？", QWhen},
		{"SSI现任CEO是谁？", QWho},
		{"洪涛是哪家公司的联合创始人？", QWhich},
		{"谷歌为什么要重组Gemini应用团队？", QWhy},
		{"扎克伯格靠什么拿到了船票？", QWhy}, // means
		{"奥特曼凭什么说OpenAI更有吸引力？", QWhy},
		{"想在大模型时代创新，光靠砸钱够吗？", QYesNo},
		{"离职高管主要集中在哪些领域？", QOther},
		{"梁文锋靠什么跟大厂抢人才？", QWhy}, // by what means
		// A money noun asks for a sum only after the interrogative.
		{"资金紧张的时候创业公司最看重什么？", QOther},
		{"Meta开出了什么价码？", QMoney},
		{"What did DeepSeek build at a tenth of o1's cost?", QOther},
		{"What's the price tag on the Scale AI deal?", QMoney},
		// A headcount counts people, whatever money the question names.
		{"What's the headcount at Scale AI after the deal?", QCount},
		// "What size stake" asks a share, as "how big a stake" does.
		{"What size stake does Meta hold in Scale AI now?", QPercent},
		// Asked in dollars, or a check's size, it is money, whatever
		// shares it bought; a fundraise has a size in money; whose
		// reporting asks the outlet (answered as a place is).
		{"In dollars, how big was the check for Meta's Scale AI share?", QMoney},
		{"What was the size of the fundraise at SSI?", QMoney},
		{"Whose reporting says Meta tried to buy SSI?", QWhere},
		// 什么办法 asks by what means, whatever money it names.
		{"梁文锋用了什么办法把R1的资金成本压下来？", QWhy},
		// A person noun after a former (前) and a Latin name.
		{"小扎还联系过哪个前GitHub执行长？", QWho}, // a guard
		{"哪个前OpenAI高管拒绝了扎克伯格？", QWho},
		// A rival is a company.
		{"Which rival set off the exodus at China's AI start-ups?", QWhich},
		{"哪个对手让Meta内部恐慌？", QWhich},
		// 规模 is a quantity only when nothing else asks.
		{"谷歌的用户规模跟谁差距最大？", QWho},
		{"Gemini的用户规模有多大？", QCount},
		{"四小强还在扩大应用规模吗？", QYesNo},
		// No interrogative: a search-box query.
		{"簽約獎金", QMoney},
		{"Gemini DAU", QCount},
		// 哪一位, 哪一家 and 哪个时候 ask as 哪位, 哪家 and 什么时候 do.
		{"百川智能哪一位联合创始人走了？", QWho},
		{"六小龙里哪一家转去做医疗了？", QWhich},
		{"融资环境从哪个时候开始恶化？", QWhen},
		// "Which of" a group: the group's kind.
		{"Which of the little dragons gave up on AGI?", QWhich},
		{"Which of Apple's executives was demoted?", QWho}, // a guard
		// A figure after "which" is a person, after "what" a number.
		{"Which Meta figure is personally recruiting for the new lab?", QWho},
		{"Meta paid what figure for its Scale AI stake?", QMoney}, // a guard
		{"How rich is Nat Friedman?", QMoney},                     // a fortune
		{"From what point did executives start leaving the six little dragons?", QWhen},
		{"谷歌的用户规模跟哪家公司差距最大？", QWhich}, // 规模 with 哪家 asks which, not how many
		{"Which of the phone maker's most senior AI executives lost his seat?", QWho},
		// What something would have cost: a sum.
		{"What would buying the lab have cost Zuckerberg?", QMoney},
		// What team: a description; which team, what app team: a name.
		{"What team did Zuckerberg set up inside Meta?", QOther},
		{"扎克伯格在Meta内部组建了什么团队？", QOther},
		{"Which Google team is being reorganized?", QWhich}, // a guard
		{"What app team is Google shaking up?", QWhich},     // a guard
		// 哪几 asks which ones, not how many; a dollar figure is a sum.
		{"六小龙都是哪几家？", QWhich},
		{"六小龙有哪几位高管离职？", QWho},
		// So does 哪 with a number: 哪两个人, 哪三家.
		{"除了亞歷山大·王，扎克伯格還在跟哪兩個人談加入的事？", QWho},
		{"六小龙里有哪两家放弃了预训练？", QWhich},
		{"哪两位高管离开了智谱？", QWho},
		{"What was the exact dollar figure DeepSeek spent training R1?", QMoney},
		// A lead set off by a comma, then a yes/no question.
		{"According to Altman, have any of his best people taken Meta's money?", QYesNo},
		{"In the end, did Meta buy all of Scale AI?", QYesNo},
	}
	for _, tt := range tests {
		if got := Classify(tt.q); got != tt.want {
			t.Errorf("Classify(%q) = %s, want %s", tt.q, got, tt.want)
		}
	}
}

func TestNormalizeQuestion(t *testing.T) {
	tests := []struct {
		name, in, want string
		code           string
	}{
		{"plain", "Who founded SSI?", "Who founded SSI?", ""},
		{"control characters", "Who\x00 founded\x07 SSI?", "Who founded SSI?", ""},
		{"zero-width and bidi", "Me\u200bta\u200d的\u202e估值\ufeff", "Meta的估值", ""},
		{"NFC", "Caf\u0065\u0301?", "Café?", ""},
		{"white space collapsed", "  扎克伯格\u3000 是 \n誰？ ", "扎克伯格 是 誰？", ""},
		{"empty", "   ", "", Invalid},
		{"only invisible", "\u200b\u200c\x00", "", Invalid},
		{"invalid UTF-8", "Who \xff?", "", Invalid},
		{"at the limit", strings.Repeat("錢", MaxQuestionRunes), strings.Repeat("錢", MaxQuestionRunes), ""},
		{"over the limit", strings.Repeat("錢", MaxQuestionRunes+1), "", Invalid},
		{"huge", strings.Repeat("a", 100*MaxQuestionRunes), "", Invalid},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := NormalizeQuestion(tt.in)
			if code := ErrorCode(err); code != tt.code {
				t.Fatalf("error code %q (%v), want %q", code, err, tt.code)
			}
			if got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestSearchTextKeepsContent(t *testing.T) {
	tests := []struct{ q, want string }{
		{"扎克伯格花了多少钱？", "扎克伯格花了 ？"},
		{"How much did Meta pay?", "did Meta pay?"},
		{"誰是蘋果的CEO", "是蘋果的CEO"},
		// 幾乎 ("almost") and 哪怕 ("even if") are content, not the
		// interrogatives 幾 and 哪.
		{"Gemini幾乎追平了誰？", "Gemini幾乎追平了 ？"},
		{"哪怕要花140億美元，蘋果也會收購嗎？", "哪怕要花140億美元，蘋果也會收購 ？"},
		// 才能 after 怎样 is "can", not "talent".
		{"怎样才能把红烧肉做得好吃？", "把红烧肉做得好吃？"},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, searchText(tt.q)); diff != "" {
			t.Errorf("searchText(%q) (-want +got):\n%s", tt.q, diff)
		}
	}
}

func TestDropGuess(t *testing.T) {
	m := NewEntityMatcher(fixtureEntities)
	tests := []struct{ q, want string }{
		// A guess after the question: the question alone.
		{"Who founded SSI, Ilya Sutskever?", "Who founded SSI?"},
		{"What did 01.AI give up on, AGI?", "What did 01.AI give up on?"},
		{"谷歌任命了谁当首席AI架构师？谷歌吗？", "谷歌任命了谁当首席AI架构师？"},
		// No guess: unchanged.
		{"Who founded SSI?", "Who founded SSI?"},
		{"Did Meta pay, in the end, for Scale AI?", "Did Meta pay, in the end, for Scale AI?"},                                             // a yes/no question
		{"What did Apple pay for Beats, the headphone maker?", "What did Apple pay for Beats, the headphone maker?"},                       // no name first
		{"How long must he stay at Meta, Alexandr Wang or someone else?", "How long must he stay at Meta, Alexandr Wang or someone else?"}, // five words
		{"王一度把报价提到多少？200亿？", "王一度把报价提到多少？200亿？"},                                                                                           // no 吗
	}
	for _, tt := range tests {
		if got := DropGuess(tt.q, m); got != tt.want {
			t.Errorf("DropGuess(%q) = %q, want %q", tt.q, got, tt.want)
		}
	}
}

func TestPlain(t *testing.T) {
	tests := []struct{ q, want string }{
		{"小扎最早啥时候找的王？", "小扎最早什么时候找的王？"},
		{"蘋果啥時候收購Beats？", "蘋果什麼時候收購Beats？"}, // in the question's script
		{"谷歌最担心啥？", "谷歌最担心什么？"},
		{"When did Apple buy Beats?", "When did Apple buy Beats?"},
		// 买 of a company, as the article says it.
		{"小扎还想买哪家初创公司？", "小扎还想收购哪家初创公司？"},
		{"Meta内部在担心啥？", "Meta内部在担心什么？"},
		{"谷歌整團隊是為了啥？", "谷歌整團隊是為了什麼？"},
		{"蘋果想買哪家公司？", "蘋果想收購哪家公司？"},
		{"谁买单？", "谁买单？"},
		// The source the asker names is not looked for; a person who
		// said something is.
		{"Who is Google's CEO, according to the article?", "Who is Google's CEO?"},
		{"Per the writer, what set off the turmoil?", "what set off the turmoil?"},
		{"根据文章，谷歌的CEO是谁？", "谷歌的CEO是谁？"},
		{"According to the PhD student, what attracts talent?", "According to the PhD student, what attracts talent?"},
		// What a response is to comes after the verb, as a passage tells it.
		{"Llama工程師對作弊傳聞怎麼回應？", "Llama工程師怎麼回應作弊傳聞？"},
		{"奥特曼对小扎挖人作何反应？", "奥特曼作何反应小扎挖人？"},
		{"对这件事你怎么看？", "对这件事你怎么看？"},
		// A request to name one thing is a which-question.
		{"Name the ex-GitHub boss Meta is wooing.", "Which ex-GitHub boss Meta is wooing."},
		{"please identify the company that gave up on AGI", "Which company that gave up on AGI"},
		{"What is the name of the lab?", "What is the name of the lab?"},
		// 干嘛 before 去了 or 了 asks what was done; before a verb, why.
		{"明超平离职后干嘛去了？", "明超平离职后干什么去了？"},
		{"明超平離職後幹嘛去了？", "明超平離職後幹什麼去了？"},
		{"他干嘛离职？", "他干嘛离职？"},
	}
	for _, tt := range tests {
		if got := Plain(tt.q); got != tt.want {
			t.Errorf("Plain(%q) = %q, want %q", tt.q, got, tt.want)
		}
	}
}

func TestCueTypos(t *testing.T) {
	known := func(w string) bool { return w == "wang" || w == "meta" || w == "gemini" }
	tests := []struct{ q, want string }{
		{"how many yeras does wang have to stay at meta", "how many years does wang have to stay at meta"},
		{"chatgpt montly active users", "chatgpt monthly active users"},
		{"How big were the signing bonusses?", "How big were the signing bonuses?"},
		{"Who does Meta see as its bigest competitor?", "Who does Meta see as its biggest competitor?"},
		{"Yeras at Meta?", "Years at Meta?"},
		{"whn did perplexity raise its latest round", "when did perplexity raise its latest round"},
		{"Wat percentage did Meta buy?", "What percentage did Meta buy?"},
		{"how cheap was r1 compaired to o1", "how cheap was r1 compared to o1"},
		{"which company did apple aquire for 3 billion", "which company did apple acquire for 3 billion"},
		{"Meta's aquisition of Scale AI", "Meta's acquisition of Scale AI"},
		// Known words, real words near a cue, short words and words one
		// edit from two cues stay.
		{"How many users does Gemini have?", "How many users does Gemini have?"},
		{"When was SSI funded?", "When was SSI funded?"},
		{"What role did Zuckerberg take on?", "What role did Zuckerberg take on?"},
		{"how to cook rice", "how to cook rice"},
		{"What did Meta shake?", "What did Meta shake?"},                                               // share, stake
		{"How many bones are in the adult human body?", "How many bones are in the adult human body?"}, // bonus
		{"What is the value of the deal?", "What is the value of the deal?"},                           // valued
		// One edit from two forms of one word: the form that ends as
		// the word does.
		{"what happend to jon giannandrea", "what happened to jon giannandrea"},
		{"What was offerd?", "What was offered?"},
		// A question word's 's without the apostrophe.
		{"whos john gianandrea", "who's john gianandrea"},
		{"Whats Perplexity worth", "What's Perplexity worth"},
		{"扎克伯格花了多少钱？", "扎克伯格花了多少钱？"},
		// "then" after a comparative is "than"; after anything else it
		// stays.
		{"how much cheaper was r1 then o1", "how much cheaper was r1 than o1"},
		{"Is Meta bigger then OpenAI?", "Is Meta bigger than OpenAI?"},
		// A contraction is no misspelled cue ("couldn" is one edit
		// from "could").
		{"What was Meta afraid Llama 4 couldn't match?", "What was Meta afraid Llama 4 couldn't match?"},
		{"What wouldn’t Sutskever accept?", "What wouldn’t Sutskever accept?"},
		{"more Then ever", "more Than ever"},
		{"The user then left", "The user then left"},
		{"Was it cheaper then?", "Was it cheaper then?"},
		{"Who joined later then left?", "Who joined later then left?"}, // later also says when
		{"What did Wang do after then?", "What did Wang do after then?"},
		{"What did Meta offer then?", "What did Meta offer then?"},
		{"What did Meta do then?", "What did Meta do then?"},
	}
	for _, tt := range tests {
		if got := CueTypos(tt.q, known); got != tt.want {
			t.Errorf("CueTypos(%q) = %q, want %q", tt.q, got, tt.want)
		}
	}
}

// TestUnknownNames checks which capitalized words of an English question
// name something the article never writes: not its first word, not a
// word after "the" (both sides of the Pacific), not a region's word.
func TestUnknownNames(t *testing.T) {
	known := func(w string) bool { return map[string]bool{"openai": true, "ceo": true, "meta": true}[w] }
	tests := []struct {
		q    string
		want []string
	}{
		{"Who is Anthropic's CEO?", []string{"anthropic"}},
		{"How tall is Mount Everest?", []string{"everest", "mount"}},
		{"Who is OpenAI's CEO?", nil},
		{"Anthropic hired whom?", nil},
		{"Why are labs on both sides of the Pacific in turmoil?", nil},
		{"Were only Western labs in turmoil?", nil},
	}
	for _, tt := range tests {
		var got []string
		for w := range unknownNames(tt.q, known) {
			got = append(got, w)
		}
		slices.Sort(got)
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s: %v, want %v", tt.q, got, tt.want)
		}
	}
}

// TestJoinCompounds checks that words a question keeps apart are joined
// as the article joins them, and only those the article never writes
// apart.
func TestJoinCompounds(t *testing.T) {
	compounds := map[string]string{"top tier": "top-tier", "start ups": "start-ups"}
	tests := []struct{ q, want string }{
		{"bytedance top tier when", "bytedance top-tier when"},
		{"Which Start ups are short of cash?", "Which Start-ups are short of cash?"},
		{"Who is on top  tier?", "Who is on top  tier?"}, // two spaces: left alone
		{"How do they catch up?", "How do they catch up?"},
	}
	for _, tt := range tests {
		if got := JoinCompounds(tt.q, compounds); got != tt.want {
			t.Errorf("JoinCompounds(%q) = %q, want %q", tt.q, got, tt.want)
		}
	}
}

// TestMainland: a Traditional question's Taiwan words take the article's
// mainland forms where the article has the new form and not the old.
func TestMainland(t *testing.T) {
	article := Fold("明星AI搜索創企Perplexity，人工智能，核心產品負責人，首席執行官")
	in := func(w string) bool { return strings.Contains(article, w) }
	tests := []struct{ q, want string }{
		{"iPhone廠商看中的那家AI搜尋新創，估值多少", "iPhone廠商看中的那家AI搜索新創，估值多少"},
		{"李開復的AI公司還追求通用人工智慧嗎", "李開復的AI公司還追求通用人工智能嗎"},
		// tw2sp makes 核心 内核, which the article does not say.
		{"月之暗面前核心產品負責人是誰？", "月之暗面前核心產品負責人是誰？"},
		// A word the alias table names stays as written: 執行長 is a CEO.
		{"Scale AI的執行長是誰？", "Scale AI的執行長是誰？"},
		// Simplified, or without Taiwan words: unchanged.
		{"苹果想收购的AI搜寻公司", "苹果想收购的AI搜寻公司"},
		{"蘋果想收購哪家公司？", "蘋果想收購哪家公司？"},
	}
	for _, tt := range tests {
		kept := func() [][2]int { // 執行長, where the alias table finds it
			if i := strings.Index(tt.q, "執行長"); i >= 0 {
				n := utf8.RuneCountInString(tt.q[:i])
				return [][2]int{{n, n + 3}}
			}
			return nil
		}
		if got := mainland(tt.q, in, kept); got != tt.want {
			t.Errorf("mainland(%q) = %q, want %q", tt.q, got, tt.want)
		}
	}
}

func TestRuneDiff(t *testing.T) {
	got := runeDiff([]rune("AI搜寻新创"), []rune("AI搜索新创"))
	want := []edit{{a0: 3, a1: 4, b0: 3, b1: 4}}
	if !slices.Equal(got, want) {
		t.Errorf("runeDiff = %v, want %v", got, want)
	}
	got = runeDiff([]rune("执行长说"), []rune("首席执行官说"))
	want = []edit{{a0: 0, a1: 0, b0: 0, b1: 2}, {a0: 2, a1: 3, b0: 4, b1: 5}}
	if !slices.Equal(got, want) {
		t.Errorf("runeDiff = %v, want %v", got, want)
	}
}
