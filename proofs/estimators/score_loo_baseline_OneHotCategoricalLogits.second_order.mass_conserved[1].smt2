; certjax: rule estimators.score_loo_baseline_OneHotCategoricalLogits, obligation 'second_order.mass_conserved[1]', verdict unproved
; 4 negated queries, one per branch region; expected: see verdict
(set-logic QF_NRA)
; region 1 of 4
(push 1)
(set-info :status unknown)
(declare-fun |logits[0]| () Real)
(declare-fun |logits[1]| () Real)
(declare-fun |logits[2]| () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!304 () Real)
(assert
 true)
(assert
 (< |logits[1]| |logits[0]|))
(assert
 (< |logits[2]| |logits[0]|))
(assert
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (< 0.0 ?x57))))))
(assert
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let (($x61 (= 0.0 ?x57)))
 (not $x61)))))))
(assert
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let (($x61 (= 0.0 ?x57)))
 (not $x61)))))))
(assert
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let (($x61 (= 0.0 ?x57)))
 (not $x61)))))))
(assert
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let (($x61 (= 0.0 ?x57)))
 (not $x61)))))))
(assert
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let (($x61 (= 0.0 ?x57)))
 (not $x61)))))))
(assert
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let ((?x116 (/ ?x36 ?x57)))
 (let ((?x117 (- ?x116)))
 (let ((?x120 (* 0.0 ?x117)))
 (let ((?x118 (+ 1.0 ?x117)))
 (let ((?x146 (+ ?x118 ?x120)))
 (let ((?x147 (+ ?x120 ?x146)))
 (let ((?x142 (/ ?x36 exp!4)))
 (let ((?x148 (* ?x142 ?x147)))
 (let ((?x109 (/ 1.0 ?x57)))
 (let ((?x110 (- ?x109)))
 (let ((?x112 (+ 1.0 ?x110)))
 (let ((?x113 (* 0.0 ?x112)))
 (let ((?x144 (+ ?x110 ?x113)))
 (let ((?x111 (* 0.0 ?x110)))
 (let ((?x145 (+ ?x111 ?x144)))
 (let ((?x149 (* ?x145 ?x148)))
 (let ((?x100 (- ?x36)))
 (let ((?x99 (/ 1.0 (* ?x57 ?x57))))
 (let ((?x101 (* ?x99 ?x100)))
 (let ((?x97 (/ 0.0 ?x57)))
 (let ((?x102 (+ ?x97 ?x101)))
 (let ((?x103 (- ?x102)))
 (let ((?x104 (* 0.0 ?x103)))
 (let ((?x129 (+ ?x103 ?x104)))
 (let ((?x130 (+ ?x104 ?x129)))
 (let ((?x143 (* ?x130 ?x142)))
 (let ((?x150 (+ ?x143 ?x149)))
 (let ((?x119 (* 0.0 ?x118)))
 (let ((?x135 (+ ?x117 ?x119)))
 (let ((?x136 (+ ?x120 ?x135)))
 (let ((?x131 (/ 1.0 exp!4)))
 (let ((?x137 (* ?x131 ?x136)))
 (let ((?x133 (+ ?x111 ?x112)))
 (let ((?x134 (+ ?x111 ?x133)))
 (let ((?x138 (* ?x134 ?x137)))
 (let ((?x132 (* ?x131 ?x130)))
 (let ((?x139 (+ ?x132 ?x138)))
 (let ((?x151 (+ ?x139 ?x150)))
 (let ((?x121 (+ ?x119 ?x120)))
 (let ((?x122 (+ ?x117 ?x121)))
 (let ((?x107 (/ ?x56 exp!4)))
 (let ((?x123 (* ?x107 ?x122)))
 (let ((?x114 (+ ?x111 ?x113)))
 (let ((?x115 (+ ?x110 ?x114)))
 (let ((?x124 (* ?x115 ?x123)))
 (let ((?x105 (+ ?x104 ?x104)))
 (let ((?x106 (+ ?x103 ?x105)))
 (let ((?x108 (* ?x107 ?x106)))
 (let ((?x125 (+ ?x108 ?x124)))
 (let ((?x152 (+ ?x125 ?x151)))
 (or (and (distinct 0.0 ?x152) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> |logits[1]| 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 |logits[1]|)))
(assert
 (let (($x7 (< |logits[0]| |logits[1]|)))
 (= $x7 (< exp!2 exp!1))))
(assert
 (let (($x10 (< |logits[1]| |logits[0]|)))
 (= $x10 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (= (> |logits[0]| 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 |logits[0]|)))
(assert
 (= (< |logits[2]| |logits[1]|) (< exp!3 exp!1)))
(assert
 (= (< |logits[1]| |logits[2]|) (< exp!1 exp!3)))
(assert
 (let (($x19 (< |logits[2]| |logits[0]|)))
 (= $x19 (< exp!3 exp!2))))
(assert
 (let (($x16 (< |logits[0]| |logits[2]|)))
 (= $x16 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (= (> |logits[2]| 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 |logits[2]|)))
(assert
 (= (< log!304 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!304) (< exp!1 exp!4)))
(assert
 (= (< log!304 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!304) (< exp!2 exp!4)))
(assert
 (= (< log!304 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!304) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!304 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!304)))
(assert
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
(let ((?x37 (+ 1.0 ?x36)))
(let ((?x56 (/ (* 1.0 exp!3) exp!2)))
(let ((?x57 (+ ?x56 ?x37)))
(=> (> ?x57 0.0) (= exp!4 ?x57)))))))
(check-sat)
(pop 1)
; region 2 of 4
(push 1)
(set-info :status unknown)
(declare-fun |logits[0]| () Real)
(declare-fun |logits[1]| () Real)
(declare-fun |logits[2]| () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!304 () Real)
(declare-fun log!528 () Real)
(assert
 true)
(assert
 (< |logits[1]| |logits[0]|))
(assert
 (< |logits[0]| |logits[2]|))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x157 (/ ?x9 exp!3)))
 (let ((?x697 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x684 (+ ?x697 ?x157)))
 (let ((?x702 (+ 1.0 ?x684)))
 (< 0.0 ?x702)))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x157 (/ ?x9 exp!3)))
 (let ((?x697 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x684 (+ ?x697 ?x157)))
 (let ((?x702 (+ 1.0 ?x684)))
 (let (($x528 (= 0.0 ?x702)))
 (not $x528))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x157 (/ ?x9 exp!3)))
 (let ((?x697 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x684 (+ ?x697 ?x157)))
 (let ((?x702 (+ 1.0 ?x684)))
 (let (($x528 (= 0.0 ?x702)))
 (not $x528))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x157 (/ ?x9 exp!3)))
 (let ((?x697 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x684 (+ ?x697 ?x157)))
 (let ((?x702 (+ 1.0 ?x684)))
 (let (($x528 (= 0.0 ?x702)))
 (not $x528))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x157 (/ ?x9 exp!3)))
 (let ((?x697 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x684 (+ ?x697 ?x157)))
 (let ((?x702 (+ 1.0 ?x684)))
 (let (($x528 (= 0.0 ?x702)))
 (not $x528))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x157 (/ ?x9 exp!3)))
 (let ((?x697 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x684 (+ ?x697 ?x157)))
 (let ((?x702 (+ 1.0 ?x684)))
 (let (($x528 (= 0.0 ?x702)))
 (not $x528))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x157 (/ ?x9 exp!3)))
 (let ((?x697 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x684 (+ ?x697 ?x157)))
 (let ((?x702 (+ 1.0 ?x684)))
 (let ((?x202 (/ ?x157 ?x702)))
 (let ((?x211 (- ?x202)))
 (let ((?x213 (* 0.0 ?x211)))
 (let ((?x206 (+ 1.0 ?x211)))
 (let ((?x308 (+ ?x206 ?x213)))
 (let ((?x312 (+ ?x213 ?x308)))
 (let ((?x435 (/ ?x157 exp!5)))
 (let ((?x313 (* ?x435 ?x312)))
 (let ((?x238 (/ ?x697 ?x702)))
 (let ((?x239 (- ?x238)))
 (let ((?x228 (+ 1.0 ?x239)))
 (let ((?x229 (* 0.0 ?x228)))
 (let ((?x175 (+ ?x239 ?x229)))
 (let ((?x197 (* 0.0 ?x239)))
 (let ((?x176 (+ ?x197 ?x175)))
 (let ((?x314 (* ?x176 ?x313)))
 (let ((?x339 (- ?x157)))
 (let ((?x349 (* ?x697 ?x339)))
 (let ((?x338 (/ 1.0 (* ?x702 ?x702))))
 (let ((?x350 (* ?x338 ?x349)))
 (let ((?x191 (/ 0.0 ?x702)))
 (let ((?x347 (+ ?x191 ?x350)))
 (let ((?x348 (- ?x347)))
 (let ((?x205 (* 0.0 ?x348)))
 (let ((?x390 (+ ?x348 ?x205)))
 (let ((?x217 (+ ?x205 ?x390)))
 (let ((?x437 (* ?x217 ?x435)))
 (let ((?x316 (+ ?x437 ?x314)))
 (let ((?x212 (* 0.0 ?x206)))
 (let ((?x182 (+ ?x211 ?x212)))
 (let ((?x183 (+ ?x213 ?x182)))
 (let ((?x218 (/ ?x697 exp!5)))
 (let ((?x184 (* ?x218 ?x183)))
 (let ((?x325 (+ ?x197 ?x228)))
 (let ((?x181 (+ ?x197 ?x325)))
 (let ((?x420 (* ?x181 ?x184)))
 (let ((?x324 (* ?x218 ?x217)))
 (let ((?x431 (+ ?x324 ?x420)))
 (let ((?x250 (+ ?x431 ?x316)))
 (let ((?x230 (+ ?x212 ?x213)))
 (let ((?x241 (+ ?x211 ?x230)))
 (let ((?x234 (/ 1.0 exp!5)))
 (let ((?x242 (* ?x234 ?x241)))
 (let ((?x209 (+ ?x197 ?x229)))
 (let ((?x210 (+ ?x239 ?x209)))
 (let ((?x378 (* ?x210 ?x242)))
 (let ((?x232 (+ ?x205 ?x205)))
 (let ((?x233 (+ ?x348 ?x232)))
 (let ((?x196 (* ?x234 ?x233)))
 (let ((?x379 (+ ?x196 ?x378)))
 (let ((?x251 (+ ?x379 ?x250)))
 (or (and (distinct 0.0 ?x251) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> |logits[1]| 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 |logits[1]|)))
(assert
 (let (($x7 (< |logits[0]| |logits[1]|)))
 (= $x7 (< exp!2 exp!1))))
(assert
 (let (($x10 (< |logits[1]| |logits[0]|)))
 (= $x10 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (= (> |logits[0]| 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 |logits[0]|)))
(assert
 (= (< |logits[2]| |logits[1]|) (< exp!3 exp!1)))
(assert
 (= (< |logits[1]| |logits[2]|) (< exp!1 exp!3)))
(assert
 (let (($x19 (< |logits[2]| |logits[0]|)))
 (= $x19 (< exp!3 exp!2))))
(assert
 (let (($x16 (< |logits[0]| |logits[2]|)))
 (= $x16 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (= (> |logits[2]| 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 |logits[2]|)))
(assert
 (= (< log!304 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!304) (< exp!1 exp!4)))
(assert
 (= (< log!304 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!304) (< exp!2 exp!4)))
(assert
 (= (< log!304 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!304) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!304 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!304)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57))))))))
(assert
 (= (< log!528 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!528) (< exp!1 exp!5)))
(assert
 (= (< log!528 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!528) (< exp!2 exp!5)))
(assert
 (= (< log!528 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!528) (< exp!3 exp!5)))
(assert
 (= (< log!528 log!304) (< exp!5 exp!4)))
(assert
 (= (< log!304 log!528) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!528 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!528)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
(let ((?x157 (/ ?x9 exp!3)))
(let ((?x697 (/ (* 1.0 exp!2) exp!3)))
(let ((?x684 (+ ?x697 ?x157)))
(let ((?x702 (+ 1.0 ?x684)))
(=> (> ?x702 0.0) (= exp!5 ?x702))))))))
(check-sat)
(pop 1)
; region 3 of 4
(push 1)
(set-info :status unknown)
(declare-fun |logits[1]| () Real)
(declare-fun |logits[0]| () Real)
(declare-fun |logits[2]| () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!6 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!304 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!528 () Real)
(declare-fun log!753 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[2]| |logits[1]|))
(assert
 (let ((?x469 (* 1.0 exp!2)))
 (let ((?x394 (/ ?x469 exp!1)))
 (let ((?x365 (+ 1.0 ?x394)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x321 (/ ?x55 exp!1)))
 (let ((?x292 (+ ?x321 ?x365)))
 (< 0.0 ?x292))))))))
(assert
 (let ((?x469 (* 1.0 exp!2)))
 (let ((?x394 (/ ?x469 exp!1)))
 (let ((?x365 (+ 1.0 ?x394)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x321 (/ ?x55 exp!1)))
 (let ((?x292 (+ ?x321 ?x365)))
 (let (($x322 (= 0.0 ?x292)))
 (not $x322)))))))))
(assert
 (let ((?x469 (* 1.0 exp!2)))
 (let ((?x394 (/ ?x469 exp!1)))
 (let ((?x365 (+ 1.0 ?x394)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x321 (/ ?x55 exp!1)))
 (let ((?x292 (+ ?x321 ?x365)))
 (let (($x322 (= 0.0 ?x292)))
 (not $x322)))))))))
(assert
 (let ((?x469 (* 1.0 exp!2)))
 (let ((?x394 (/ ?x469 exp!1)))
 (let ((?x365 (+ 1.0 ?x394)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x321 (/ ?x55 exp!1)))
 (let ((?x292 (+ ?x321 ?x365)))
 (let (($x322 (= 0.0 ?x292)))
 (not $x322)))))))))
(assert
 (let ((?x469 (* 1.0 exp!2)))
 (let ((?x394 (/ ?x469 exp!1)))
 (let ((?x365 (+ 1.0 ?x394)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x321 (/ ?x55 exp!1)))
 (let ((?x292 (+ ?x321 ?x365)))
 (let (($x322 (= 0.0 ?x292)))
 (not $x322)))))))))
(assert
 (let ((?x469 (* 1.0 exp!2)))
 (let ((?x394 (/ ?x469 exp!1)))
 (let ((?x365 (+ 1.0 ?x394)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x321 (/ ?x55 exp!1)))
 (let ((?x292 (+ ?x321 ?x365)))
 (let (($x322 (= 0.0 ?x292)))
 (not $x322)))))))))
(assert
 (let ((?x469 (* 1.0 exp!2)))
 (let ((?x394 (/ ?x469 exp!1)))
 (let ((?x365 (+ 1.0 ?x394)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x321 (/ ?x55 exp!1)))
 (let ((?x292 (+ ?x321 ?x365)))
 (let ((?x407 (/ 1.0 ?x292)))
 (let ((?x731 (- ?x407)))
 (let ((?x1006 (* 0.0 ?x731)))
 (let ((?x355 (+ 1.0 ?x731)))
 (let ((?x591 (+ ?x355 ?x1006)))
 (let ((?x423 (+ ?x1006 ?x591)))
 (let ((?x373 (/ 1.0 exp!6)))
 (let ((?x661 (* ?x373 ?x423)))
 (let ((?x424 (/ ?x394 ?x292)))
 (let ((?x736 (- ?x424)))
 (let ((?x358 (+ 1.0 ?x736)))
 (let ((?x783 (* 0.0 ?x358)))
 (let ((?x1007 (+ ?x736 ?x783)))
 (let ((?x756 (* 0.0 ?x736)))
 (let ((?x444 (+ ?x756 ?x1007)))
 (let ((?x574 (* ?x444 ?x661)))
 (let ((?x474 (- ?x394)))
 (let ((?x371 (/ 1.0 (* ?x292 ?x292))))
 (let ((?x481 (* ?x371 ?x474)))
 (let ((?x254 (/ 0.0 ?x292)))
 (let ((?x380 (+ ?x254 ?x481)))
 (let ((?x337 (- ?x380)))
 (let ((?x418 (* 0.0 ?x337)))
 (let ((?x385 (+ ?x337 ?x418)))
 (let ((?x262 (+ ?x418 ?x385)))
 (let ((?x300 (* ?x262 ?x373)))
 (let ((?x997 (+ ?x300 ?x574)))
 (let ((?x631 (* 0.0 ?x355)))
 (let ((?x416 (+ ?x731 ?x631)))
 (let ((?x367 (+ ?x1006 ?x416)))
 (let ((?x1009 (/ ?x394 exp!6)))
 (let ((?x1000 (* ?x1009 ?x367)))
 (let ((?x792 (+ ?x756 ?x358)))
 (let ((?x310 (+ ?x756 ?x792)))
 (let ((?x219 (* ?x310 ?x1000)))
 (let ((?x549 (* ?x1009 ?x262)))
 (let ((?x652 (+ ?x549 ?x219)))
 (let ((?x1010 (+ ?x652 ?x997)))
 (let ((?x1003 (+ ?x631 ?x1006)))
 (let ((?x253 (+ ?x731 ?x1003)))
 (let ((?x707 (/ ?x321 exp!6)))
 (let ((?x402 (* ?x707 ?x253)))
 (let ((?x496 (+ ?x756 ?x783)))
 (let ((?x1018 (+ ?x736 ?x496)))
 (let ((?x727 (* ?x1018 ?x402)))
 (let ((?x1017 (+ ?x418 ?x418)))
 (let ((?x388 (+ ?x337 ?x1017)))
 (let ((?x336 (* ?x707 ?x388)))
 (let ((?x460 (+ ?x336 ?x727)))
 (let ((?x475 (+ ?x460 ?x1010)))
 (or (and (distinct 0.0 ?x475) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> |logits[1]| 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 |logits[1]|)))
(assert
 (let (($x7 (< |logits[0]| |logits[1]|)))
 (= $x7 (< exp!2 exp!1))))
(assert
 (let (($x10 (< |logits[1]| |logits[0]|)))
 (= $x10 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (= (> |logits[0]| 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 |logits[0]|)))
(assert
 (let (($x39 (< |logits[2]| |logits[1]|)))
 (= $x39 (< exp!3 exp!1))))
(assert
 (let (($x42 (< |logits[1]| |logits[2]|)))
 (= $x42 (< exp!1 exp!3))))
(assert
 (let (($x19 (< |logits[2]| |logits[0]|)))
 (= $x19 (< exp!3 exp!2))))
(assert
 (let (($x16 (< |logits[0]| |logits[2]|)))
 (= $x16 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (= (> |logits[2]| 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 |logits[2]|)))
(assert
 (= (< log!304 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!304) (< exp!1 exp!4)))
(assert
 (= (< log!304 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!304) (< exp!2 exp!4)))
(assert
 (= (< log!304 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!304) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!304 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!304)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!528 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!528) (< exp!1 exp!5)))
(assert
 (= (< log!528 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!528) (< exp!2 exp!5)))
(assert
 (= (< log!528 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!528) (< exp!3 exp!5)))
(assert
 (= (< log!528 log!304) (< exp!5 exp!4)))
(assert
 (= (< log!304 log!528) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!528 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!528)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x157 (/ ?x9 exp!3)))
 (let ((?x469 (* 1.0 exp!2)))
 (let ((?x697 (/ ?x469 exp!3)))
 (let ((?x684 (+ ?x697 ?x157)))
 (let ((?x702 (+ 1.0 ?x684)))
 (=> (> ?x702 0.0) (= exp!5 ?x702)))))))))
(assert
 (= (< log!753 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!753) (< exp!1 exp!6)))
(assert
 (= (< log!753 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!753) (< exp!2 exp!6)))
(assert
 (= (< log!753 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!753) (< exp!3 exp!6)))
(assert
 (= (< log!753 log!304) (< exp!6 exp!4)))
(assert
 (= (< log!304 log!753) (< exp!4 exp!6)))
(assert
 (= (< log!753 log!528) (< exp!6 exp!5)))
(assert
 (= (< log!528 log!753) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!753 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!753)))
(assert
 (let ((?x469 (* 1.0 exp!2)))
(let ((?x394 (/ ?x469 exp!1)))
(let ((?x365 (+ 1.0 ?x394)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x321 (/ ?x55 exp!1)))
(let ((?x292 (+ ?x321 ?x365)))
(=> (> ?x292 0.0) (= exp!6 ?x292)))))))))
(check-sat)
(pop 1)
; region 4 of 4
(push 1)
(set-info :status unknown)
(declare-fun |logits[1]| () Real)
(declare-fun |logits[0]| () Real)
(declare-fun |logits[2]| () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!304 () Real)
(declare-fun log!528 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!753 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[1]| |logits[2]|))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x157 (/ ?x9 exp!3)))
 (let ((?x469 (* 1.0 exp!2)))
 (let ((?x697 (/ ?x469 exp!3)))
 (let ((?x684 (+ ?x697 ?x157)))
 (let ((?x702 (+ 1.0 ?x684)))
 (< 0.0 ?x702))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x157 (/ ?x9 exp!3)))
 (let ((?x469 (* 1.0 exp!2)))
 (let ((?x697 (/ ?x469 exp!3)))
 (let ((?x684 (+ ?x697 ?x157)))
 (let ((?x702 (+ 1.0 ?x684)))
 (let (($x528 (= 0.0 ?x702)))
 (not $x528)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x157 (/ ?x9 exp!3)))
 (let ((?x469 (* 1.0 exp!2)))
 (let ((?x697 (/ ?x469 exp!3)))
 (let ((?x684 (+ ?x697 ?x157)))
 (let ((?x702 (+ 1.0 ?x684)))
 (let (($x528 (= 0.0 ?x702)))
 (not $x528)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x157 (/ ?x9 exp!3)))
 (let ((?x469 (* 1.0 exp!2)))
 (let ((?x697 (/ ?x469 exp!3)))
 (let ((?x684 (+ ?x697 ?x157)))
 (let ((?x702 (+ 1.0 ?x684)))
 (let (($x528 (= 0.0 ?x702)))
 (not $x528)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x157 (/ ?x9 exp!3)))
 (let ((?x469 (* 1.0 exp!2)))
 (let ((?x697 (/ ?x469 exp!3)))
 (let ((?x684 (+ ?x697 ?x157)))
 (let ((?x702 (+ 1.0 ?x684)))
 (let (($x528 (= 0.0 ?x702)))
 (not $x528)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x157 (/ ?x9 exp!3)))
 (let ((?x469 (* 1.0 exp!2)))
 (let ((?x697 (/ ?x469 exp!3)))
 (let ((?x684 (+ ?x697 ?x157)))
 (let ((?x702 (+ 1.0 ?x684)))
 (let (($x528 (= 0.0 ?x702)))
 (not $x528)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x157 (/ ?x9 exp!3)))
 (let ((?x469 (* 1.0 exp!2)))
 (let ((?x697 (/ ?x469 exp!3)))
 (let ((?x684 (+ ?x697 ?x157)))
 (let ((?x702 (+ 1.0 ?x684)))
 (let ((?x202 (/ ?x157 ?x702)))
 (let ((?x211 (- ?x202)))
 (let ((?x213 (* 0.0 ?x211)))
 (let ((?x206 (+ 1.0 ?x211)))
 (let ((?x308 (+ ?x206 ?x213)))
 (let ((?x312 (+ ?x213 ?x308)))
 (let ((?x435 (/ ?x157 exp!5)))
 (let ((?x313 (* ?x435 ?x312)))
 (let ((?x238 (/ ?x697 ?x702)))
 (let ((?x239 (- ?x238)))
 (let ((?x228 (+ 1.0 ?x239)))
 (let ((?x229 (* 0.0 ?x228)))
 (let ((?x175 (+ ?x239 ?x229)))
 (let ((?x197 (* 0.0 ?x239)))
 (let ((?x176 (+ ?x197 ?x175)))
 (let ((?x314 (* ?x176 ?x313)))
 (let ((?x339 (- ?x157)))
 (let ((?x349 (* ?x697 ?x339)))
 (let ((?x338 (/ 1.0 (* ?x702 ?x702))))
 (let ((?x350 (* ?x338 ?x349)))
 (let ((?x191 (/ 0.0 ?x702)))
 (let ((?x347 (+ ?x191 ?x350)))
 (let ((?x348 (- ?x347)))
 (let ((?x205 (* 0.0 ?x348)))
 (let ((?x390 (+ ?x348 ?x205)))
 (let ((?x217 (+ ?x205 ?x390)))
 (let ((?x437 (* ?x217 ?x435)))
 (let ((?x316 (+ ?x437 ?x314)))
 (let ((?x212 (* 0.0 ?x206)))
 (let ((?x182 (+ ?x211 ?x212)))
 (let ((?x183 (+ ?x213 ?x182)))
 (let ((?x218 (/ ?x697 exp!5)))
 (let ((?x184 (* ?x218 ?x183)))
 (let ((?x325 (+ ?x197 ?x228)))
 (let ((?x181 (+ ?x197 ?x325)))
 (let ((?x420 (* ?x181 ?x184)))
 (let ((?x324 (* ?x218 ?x217)))
 (let ((?x431 (+ ?x324 ?x420)))
 (let ((?x250 (+ ?x431 ?x316)))
 (let ((?x230 (+ ?x212 ?x213)))
 (let ((?x241 (+ ?x211 ?x230)))
 (let ((?x234 (/ 1.0 exp!5)))
 (let ((?x242 (* ?x234 ?x241)))
 (let ((?x209 (+ ?x197 ?x229)))
 (let ((?x210 (+ ?x239 ?x209)))
 (let ((?x378 (* ?x210 ?x242)))
 (let ((?x232 (+ ?x205 ?x205)))
 (let ((?x233 (+ ?x348 ?x232)))
 (let ((?x196 (* ?x234 ?x233)))
 (let ((?x379 (+ ?x196 ?x378)))
 (let ((?x251 (+ ?x379 ?x250)))
 (or (and (distinct 0.0 ?x251) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> |logits[1]| 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 |logits[1]|)))
(assert
 (let (($x7 (< |logits[0]| |logits[1]|)))
 (= $x7 (< exp!2 exp!1))))
(assert
 (let (($x10 (< |logits[1]| |logits[0]|)))
 (= $x10 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (= (> |logits[0]| 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 |logits[0]|)))
(assert
 (let (($x39 (< |logits[2]| |logits[1]|)))
 (= $x39 (< exp!3 exp!1))))
(assert
 (let (($x42 (< |logits[1]| |logits[2]|)))
 (= $x42 (< exp!1 exp!3))))
(assert
 (let (($x19 (< |logits[2]| |logits[0]|)))
 (= $x19 (< exp!3 exp!2))))
(assert
 (let (($x16 (< |logits[0]| |logits[2]|)))
 (= $x16 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (= (> |logits[2]| 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 |logits[2]|)))
(assert
 (= (< log!304 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!304) (< exp!1 exp!4)))
(assert
 (= (< log!304 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!304) (< exp!2 exp!4)))
(assert
 (= (< log!304 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!304) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!304 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!304)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!528 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!528) (< exp!1 exp!5)))
(assert
 (= (< log!528 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!528) (< exp!2 exp!5)))
(assert
 (= (< log!528 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!528) (< exp!3 exp!5)))
(assert
 (= (< log!528 log!304) (< exp!5 exp!4)))
(assert
 (= (< log!304 log!528) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!528 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!528)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x157 (/ ?x9 exp!3)))
 (let ((?x469 (* 1.0 exp!2)))
 (let ((?x697 (/ ?x469 exp!3)))
 (let ((?x684 (+ ?x697 ?x157)))
 (let ((?x702 (+ 1.0 ?x684)))
 (=> (> ?x702 0.0) (= exp!5 ?x702)))))))))
(assert
 (= (< log!753 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!753) (< exp!1 exp!6)))
(assert
 (= (< log!753 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!753) (< exp!2 exp!6)))
(assert
 (= (< log!753 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!753) (< exp!3 exp!6)))
(assert
 (= (< log!753 log!304) (< exp!6 exp!4)))
(assert
 (= (< log!304 log!753) (< exp!4 exp!6)))
(assert
 (= (< log!753 log!528) (< exp!6 exp!5)))
(assert
 (= (< log!528 log!753) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!753 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!753)))
(assert
 (let ((?x469 (* 1.0 exp!2)))
(let ((?x394 (/ ?x469 exp!1)))
(let ((?x365 (+ 1.0 ?x394)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x321 (/ ?x55 exp!1)))
(let ((?x292 (+ ?x321 ?x365)))
(=> (> ?x292 0.0) (= exp!6 ?x292)))))))))
(check-sat)
(pop 1)
