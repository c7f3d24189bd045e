; certjax: rule estimators.score_constant_baseline_OneHotCategoricalLogits, obligation 'second_order.mass_conserved[1]', verdict unproved
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
(declare-fun log!414 () Real)
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
 (= (< log!414 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!414) (< exp!1 exp!4)))
(assert
 (= (< log!414 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!414) (< exp!2 exp!4)))
(assert
 (= (< log!414 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!414) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!414 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!414)))
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
(declare-fun log!414 () Real)
(declare-fun log!638 () Real)
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
 (let ((?x440 (+ ?x206 ?x213)))
 (let ((?x442 (+ ?x213 ?x440)))
 (let ((?x261 (/ ?x157 exp!5)))
 (let ((?x444 (* ?x261 ?x442)))
 (let ((?x238 (/ ?x697 ?x702)))
 (let ((?x239 (- ?x238)))
 (let ((?x228 (+ 1.0 ?x239)))
 (let ((?x229 (* 0.0 ?x228)))
 (let ((?x259 (+ ?x239 ?x229)))
 (let ((?x197 (* 0.0 ?x239)))
 (let ((?x260 (+ ?x197 ?x259)))
 (let ((?x319 (* ?x260 ?x444)))
 (let ((?x339 (- ?x157)))
 (let ((?x349 (* ?x697 ?x339)))
 (let ((?x338 (/ 1.0 (* ?x702 ?x702))))
 (let ((?x350 (* ?x338 ?x349)))
 (let ((?x191 (/ 0.0 ?x702)))
 (let ((?x347 (+ ?x191 ?x350)))
 (let ((?x348 (- ?x347)))
 (let ((?x205 (* 0.0 ?x348)))
 (let ((?x182 (+ ?x348 ?x205)))
 (let ((?x183 (+ ?x205 ?x182)))
 (let ((?x257 (* ?x183 ?x261)))
 (let ((?x320 (+ ?x257 ?x319)))
 (let ((?x212 (* 0.0 ?x206)))
 (let ((?x312 (+ ?x211 ?x212)))
 (let ((?x313 (+ ?x213 ?x312)))
 (let ((?x184 (/ ?x697 exp!5)))
 (let ((?x314 (* ?x184 ?x313)))
 (let ((?x176 (+ ?x197 ?x228)))
 (let ((?x308 (+ ?x197 ?x176)))
 (let ((?x316 (* ?x308 ?x314)))
 (let ((?x175 (* ?x184 ?x183)))
 (let ((?x250 (+ ?x175 ?x316)))
 (let ((?x317 (+ ?x250 ?x320)))
 (let ((?x230 (+ ?x212 ?x213)))
 (let ((?x241 (+ ?x211 ?x230)))
 (let ((?x234 (/ 1.0 exp!5)))
 (let ((?x242 (* ?x234 ?x241)))
 (let ((?x209 (+ ?x197 ?x229)))
 (let ((?x210 (+ ?x239 ?x209)))
 (let ((?x217 (* ?x210 ?x242)))
 (let ((?x232 (+ ?x205 ?x205)))
 (let ((?x233 (+ ?x348 ?x232)))
 (let ((?x196 (* ?x234 ?x233)))
 (let ((?x218 (+ ?x196 ?x217)))
 (let ((?x318 (+ ?x218 ?x317)))
 (or (and (distinct 0.0 ?x318) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!414 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!414) (< exp!1 exp!4)))
(assert
 (= (< log!414 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!414) (< exp!2 exp!4)))
(assert
 (= (< log!414 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!414) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!414 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!414)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57))))))))
(assert
 (= (< log!638 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!638) (< exp!1 exp!5)))
(assert
 (= (< log!638 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!638) (< exp!2 exp!5)))
(assert
 (= (< log!638 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!638) (< exp!3 exp!5)))
(assert
 (= (< log!638 log!414) (< exp!5 exp!4)))
(assert
 (= (< log!414 log!638) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!638 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!638)))
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
(declare-fun log!414 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!638 () Real)
(declare-fun log!863 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[2]| |logits[1]|))
(assert
 (let ((?x469 (* 1.0 exp!2)))
 (let ((?x435 (/ ?x469 exp!1)))
 (let ((?x245 (+ 1.0 ?x435)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x987 (/ ?x55 exp!1)))
 (let ((?x722 (+ ?x987 ?x245)))
 (< 0.0 ?x722))))))))
(assert
 (let ((?x469 (* 1.0 exp!2)))
 (let ((?x435 (/ ?x469 exp!1)))
 (let ((?x245 (+ 1.0 ?x435)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x987 (/ ?x55 exp!1)))
 (let ((?x722 (+ ?x987 ?x245)))
 (let (($x659 (= 0.0 ?x722)))
 (not $x659)))))))))
(assert
 (let ((?x469 (* 1.0 exp!2)))
 (let ((?x435 (/ ?x469 exp!1)))
 (let ((?x245 (+ 1.0 ?x435)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x987 (/ ?x55 exp!1)))
 (let ((?x722 (+ ?x987 ?x245)))
 (let (($x659 (= 0.0 ?x722)))
 (not $x659)))))))))
(assert
 (let ((?x469 (* 1.0 exp!2)))
 (let ((?x435 (/ ?x469 exp!1)))
 (let ((?x245 (+ 1.0 ?x435)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x987 (/ ?x55 exp!1)))
 (let ((?x722 (+ ?x987 ?x245)))
 (let (($x659 (= 0.0 ?x722)))
 (not $x659)))))))))
(assert
 (let ((?x469 (* 1.0 exp!2)))
 (let ((?x435 (/ ?x469 exp!1)))
 (let ((?x245 (+ 1.0 ?x435)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x987 (/ ?x55 exp!1)))
 (let ((?x722 (+ ?x987 ?x245)))
 (let (($x659 (= 0.0 ?x722)))
 (not $x659)))))))))
(assert
 (let ((?x469 (* 1.0 exp!2)))
 (let ((?x435 (/ ?x469 exp!1)))
 (let ((?x245 (+ 1.0 ?x435)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x987 (/ ?x55 exp!1)))
 (let ((?x722 (+ ?x987 ?x245)))
 (let (($x659 (= 0.0 ?x722)))
 (not $x659)))))))))
(assert
 (let ((?x469 (* 1.0 exp!2)))
 (let ((?x435 (/ ?x469 exp!1)))
 (let ((?x245 (+ 1.0 ?x435)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x987 (/ ?x55 exp!1)))
 (let ((?x722 (+ ?x987 ?x245)))
 (let ((?x307 (/ 1.0 ?x722)))
 (let ((?x439 (- ?x307)))
 (let ((?x1004 (* 0.0 ?x439)))
 (let ((?x370 (+ 1.0 ?x439)))
 (let ((?x481 (+ ?x370 ?x1004)))
 (let ((?x401 (+ ?x1004 ?x481)))
 (let ((?x359 (/ 1.0 exp!6)))
 (let ((?x768 (* ?x359 ?x401)))
 (let ((?x426 (/ ?x435 ?x722)))
 (let ((?x422 (- ?x426)))
 (let ((?x244 (+ 1.0 ?x422)))
 (let ((?x709 (* 0.0 ?x244)))
 (let ((?x1005 (+ ?x422 ?x709)))
 (let ((?x421 (* 0.0 ?x422)))
 (let ((?x606 (+ ?x421 ?x1005)))
 (let ((?x704 (* ?x606 ?x768)))
 (let ((?x589 (- ?x435)))
 (let ((?x409 (/ 1.0 (* ?x722 ?x722))))
 (let ((?x391 (* ?x409 ?x589)))
 (let ((?x255 (/ 0.0 ?x722)))
 (let ((?x240 (+ ?x255 ?x391)))
 (let ((?x369 (- ?x240)))
 (let ((?x180 (* 0.0 ?x369)))
 (let ((?x371 (+ ?x369 ?x180)))
 (let ((?x278 (+ ?x180 ?x371)))
 (let ((?x596 (* ?x278 ?x359)))
 (let ((?x995 (+ ?x596 ?x704)))
 (let ((?x797 (* 0.0 ?x370)))
 (let ((?x786 (+ ?x439 ?x797)))
 (let ((?x395 (+ ?x1004 ?x786)))
 (let ((?x1007 (/ ?x435 exp!6)))
 (let ((?x998 (* ?x1007 ?x395)))
 (let ((?x801 (+ ?x421 ?x244)))
 (let ((?x662 (+ ?x421 ?x801)))
 (let ((?x415 (* ?x662 ?x998)))
 (let ((?x562 (* ?x1007 ?x278)))
 (let ((?x653 (+ ?x562 ?x415)))
 (let ((?x1008 (+ ?x653 ?x995)))
 (let ((?x215 (+ ?x797 ?x1004)))
 (let ((?x219 (+ ?x439 ?x215)))
 (let ((?x400 (/ ?x987 exp!6)))
 (let ((?x248 (* ?x400 ?x219)))
 (let ((?x393 (+ ?x421 ?x709)))
 (let ((?x1016 (+ ?x422 ?x393)))
 (let ((?x1019 (* ?x1016 ?x248)))
 (let ((?x1015 (+ ?x180 ?x180)))
 (let ((?x607 (+ ?x369 ?x1015)))
 (let ((?x425 (* ?x400 ?x607)))
 (let ((?x330 (+ ?x425 ?x1019)))
 (let ((?x660 (+ ?x330 ?x1008)))
 (or (and (distinct 0.0 ?x660) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!414 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!414) (< exp!1 exp!4)))
(assert
 (= (< log!414 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!414) (< exp!2 exp!4)))
(assert
 (= (< log!414 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!414) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!414 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!414)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!638 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!638) (< exp!1 exp!5)))
(assert
 (= (< log!638 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!638) (< exp!2 exp!5)))
(assert
 (= (< log!638 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!638) (< exp!3 exp!5)))
(assert
 (= (< log!638 log!414) (< exp!5 exp!4)))
(assert
 (= (< log!414 log!638) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!638 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!638)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x157 (/ ?x9 exp!3)))
 (let ((?x469 (* 1.0 exp!2)))
 (let ((?x697 (/ ?x469 exp!3)))
 (let ((?x684 (+ ?x697 ?x157)))
 (let ((?x702 (+ 1.0 ?x684)))
 (=> (> ?x702 0.0) (= exp!5 ?x702)))))))))
(assert
 (= (< log!863 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!863) (< exp!1 exp!6)))
(assert
 (= (< log!863 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!863) (< exp!2 exp!6)))
(assert
 (= (< log!863 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!863) (< exp!3 exp!6)))
(assert
 (= (< log!863 log!414) (< exp!6 exp!4)))
(assert
 (= (< log!414 log!863) (< exp!4 exp!6)))
(assert
 (= (< log!863 log!638) (< exp!6 exp!5)))
(assert
 (= (< log!638 log!863) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!863 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!863)))
(assert
 (let ((?x469 (* 1.0 exp!2)))
(let ((?x435 (/ ?x469 exp!1)))
(let ((?x245 (+ 1.0 ?x435)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x987 (/ ?x55 exp!1)))
(let ((?x722 (+ ?x987 ?x245)))
(=> (> ?x722 0.0) (= exp!6 ?x722)))))))))
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
(declare-fun log!414 () Real)
(declare-fun log!638 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!863 () Real)
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
 (let ((?x440 (+ ?x206 ?x213)))
 (let ((?x442 (+ ?x213 ?x440)))
 (let ((?x261 (/ ?x157 exp!5)))
 (let ((?x444 (* ?x261 ?x442)))
 (let ((?x238 (/ ?x697 ?x702)))
 (let ((?x239 (- ?x238)))
 (let ((?x228 (+ 1.0 ?x239)))
 (let ((?x229 (* 0.0 ?x228)))
 (let ((?x259 (+ ?x239 ?x229)))
 (let ((?x197 (* 0.0 ?x239)))
 (let ((?x260 (+ ?x197 ?x259)))
 (let ((?x319 (* ?x260 ?x444)))
 (let ((?x339 (- ?x157)))
 (let ((?x349 (* ?x697 ?x339)))
 (let ((?x338 (/ 1.0 (* ?x702 ?x702))))
 (let ((?x350 (* ?x338 ?x349)))
 (let ((?x191 (/ 0.0 ?x702)))
 (let ((?x347 (+ ?x191 ?x350)))
 (let ((?x348 (- ?x347)))
 (let ((?x205 (* 0.0 ?x348)))
 (let ((?x182 (+ ?x348 ?x205)))
 (let ((?x183 (+ ?x205 ?x182)))
 (let ((?x257 (* ?x183 ?x261)))
 (let ((?x320 (+ ?x257 ?x319)))
 (let ((?x212 (* 0.0 ?x206)))
 (let ((?x312 (+ ?x211 ?x212)))
 (let ((?x313 (+ ?x213 ?x312)))
 (let ((?x184 (/ ?x697 exp!5)))
 (let ((?x314 (* ?x184 ?x313)))
 (let ((?x176 (+ ?x197 ?x228)))
 (let ((?x308 (+ ?x197 ?x176)))
 (let ((?x316 (* ?x308 ?x314)))
 (let ((?x175 (* ?x184 ?x183)))
 (let ((?x250 (+ ?x175 ?x316)))
 (let ((?x317 (+ ?x250 ?x320)))
 (let ((?x230 (+ ?x212 ?x213)))
 (let ((?x241 (+ ?x211 ?x230)))
 (let ((?x234 (/ 1.0 exp!5)))
 (let ((?x242 (* ?x234 ?x241)))
 (let ((?x209 (+ ?x197 ?x229)))
 (let ((?x210 (+ ?x239 ?x209)))
 (let ((?x217 (* ?x210 ?x242)))
 (let ((?x232 (+ ?x205 ?x205)))
 (let ((?x233 (+ ?x348 ?x232)))
 (let ((?x196 (* ?x234 ?x233)))
 (let ((?x218 (+ ?x196 ?x217)))
 (let ((?x318 (+ ?x218 ?x317)))
 (or (and (distinct 0.0 ?x318) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!414 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!414) (< exp!1 exp!4)))
(assert
 (= (< log!414 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!414) (< exp!2 exp!4)))
(assert
 (= (< log!414 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!414) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!414 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!414)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!638 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!638) (< exp!1 exp!5)))
(assert
 (= (< log!638 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!638) (< exp!2 exp!5)))
(assert
 (= (< log!638 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!638) (< exp!3 exp!5)))
(assert
 (= (< log!638 log!414) (< exp!5 exp!4)))
(assert
 (= (< log!414 log!638) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!638 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!638)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x157 (/ ?x9 exp!3)))
 (let ((?x469 (* 1.0 exp!2)))
 (let ((?x697 (/ ?x469 exp!3)))
 (let ((?x684 (+ ?x697 ?x157)))
 (let ((?x702 (+ 1.0 ?x684)))
 (=> (> ?x702 0.0) (= exp!5 ?x702)))))))))
(assert
 (= (< log!863 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!863) (< exp!1 exp!6)))
(assert
 (= (< log!863 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!863) (< exp!2 exp!6)))
(assert
 (= (< log!863 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!863) (< exp!3 exp!6)))
(assert
 (= (< log!863 log!414) (< exp!6 exp!4)))
(assert
 (= (< log!414 log!863) (< exp!4 exp!6)))
(assert
 (= (< log!863 log!638) (< exp!6 exp!5)))
(assert
 (= (< log!638 log!863) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!863 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!863)))
(assert
 (let ((?x469 (* 1.0 exp!2)))
(let ((?x435 (/ ?x469 exp!1)))
(let ((?x245 (+ 1.0 ?x435)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x987 (/ ?x55 exp!1)))
(let ((?x722 (+ ?x987 ?x245)))
(=> (> ?x722 0.0) (= exp!6 ?x722)))))))))
(check-sat)
(pop 1)
