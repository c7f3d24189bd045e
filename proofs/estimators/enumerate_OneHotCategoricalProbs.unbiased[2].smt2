; certjax: rule estimators.enumerate_OneHotCategoricalProbs, obligation 'unbiased[2]', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun |probs[1]| () Real)
(declare-fun |probs[0]| () Real)
(declare-fun |probs[2]| () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!2 () Real)
(declare-fun |f[2]| () Real)
(declare-fun exp!3 () Real)
(declare-fun |f[1]| () Real)
(declare-fun exp!4 () Real)
(declare-fun |f[0]| () Real)
(declare-fun log!56 () Real)
(declare-fun log!53 () Real)
(declare-fun log!52 () Real)
(declare-fun log!51 () Real)
(assert
 (let (($x11 (< 0.0 |probs[1]|)))
 (let (($x9 (< 0.0 |probs[0]|)))
 (let (($x12 (and $x9 $x11)))
 (let (($x7 (< 0.0 |probs[2]|)))
 (and $x7 $x12))))))
(assert
 (< 0.0 |probs[2]|))
(assert
 (let ((?x14 (+ |probs[0]| |probs[1]|)))
 (let ((?x15 (+ |probs[2]| ?x14)))
 (< 0.0 ?x15))))
(assert
 (< 0.0 |probs[0]|))
(assert
 (< 0.0 |probs[1]|))
(assert
 (let (($x19 (= 0.0 |probs[2]|)))
 (not $x19)))
(assert
 (let ((?x14 (+ |probs[0]| |probs[1]|)))
 (let ((?x15 (+ |probs[2]| ?x14)))
 (let (($x21 (= 0.0 ?x15)))
 (not $x21)))))
(assert
 (let (($x23 (= 0.0 |probs[0]|)))
 (not $x23)))
(assert
 (let (($x25 (= 0.0 |probs[1]|)))
 (not $x25)))
(assert
 (let (($x23 (= 0.0 |probs[0]|)))
 (not $x23)))
(assert
 (let (($x25 (= 0.0 |probs[1]|)))
 (not $x25)))
(assert
 (let (($x19 (= 0.0 |probs[2]|)))
 (not $x19)))
(assert
 (< 0.0 |probs[2]|))
(assert
 (let ((?x14 (+ |probs[0]| |probs[1]|)))
 (let ((?x15 (+ |probs[2]| ?x14)))
 (< 0.0 ?x15))))
(assert
 (< 0.0 |probs[1]|))
(assert
 (< 0.0 |probs[0]|))
(assert
 (let ((?x14 (+ |probs[0]| |probs[1]|)))
 (let ((?x15 (+ |probs[2]| ?x14)))
 (let (($x21 (= 0.0 ?x15)))
 (not $x21)))))
(assert
 (let (($x23 (= 0.0 |probs[0]|)))
 (not $x23)))
(assert
 (let ((?x14 (+ |probs[0]| |probs[1]|)))
 (let ((?x15 (+ |probs[2]| ?x14)))
 (let (($x21 (= 0.0 ?x15)))
 (not $x21)))))
(assert
 (let (($x23 (= 0.0 |probs[0]|)))
 (not $x23)))
(assert
 (let ((?x14 (+ |probs[0]| |probs[1]|)))
 (let ((?x15 (+ |probs[2]| ?x14)))
 (let (($x21 (= 0.0 ?x15)))
 (not $x21)))))
(assert
 (let (($x23 (= 0.0 |probs[0]|)))
 (not $x23)))
(assert
 (let (($x25 (= 0.0 |probs[1]|)))
 (not $x25)))
(assert
 (let (($x25 (= 0.0 |probs[1]|)))
 (not $x25)))
(assert
 (let (($x25 (= 0.0 |probs[1]|)))
 (not $x25)))
(assert
 (let (($x19 (= 0.0 |probs[2]|)))
 (not $x19)))
(assert
 (let (($x19 (= 0.0 |probs[2]|)))
 (not $x19)))
(assert
 (let (($x19 (= 0.0 |probs[2]|)))
 (not $x19)))
(assert
 (let ((?x14 (+ |probs[0]| |probs[1]|)))
 (let ((?x15 (+ |probs[2]| ?x14)))
 (let (($x21 (= 0.0 ?x15)))
 (not $x21)))))
(assert
 (let (($x19 (= 0.0 |probs[2]|)))
 (not $x19)))
(assert
 (let (($x25 (= 0.0 |probs[1]|)))
 (not $x25)))
(assert
 (let (($x23 (= 0.0 |probs[0]|)))
 (not $x23)))
(assert
 (let ((?x165 (/ 0.0 |probs[0]|)))
 (let ((?x14 (+ |probs[0]| |probs[1]|)))
 (let ((?x15 (+ |probs[2]| ?x14)))
 (let ((?x157 (/ 1.0 ?x15)))
 (let ((?x158 (- ?x157)))
 (let ((?x166 (+ ?x158 ?x165)))
 (let ((?x171 (* 0.0 ?x166)))
 (let ((?x162 (/ 0.0 |probs[1]|)))
 (let ((?x163 (+ ?x162 ?x158)))
 (let ((?x164 (* 0.0 ?x163)))
 (let ((?x177 (+ ?x164 ?x171)))
 (let ((?x159 (/ 1.0 |probs[2]|)))
 (let ((?x160 (+ ?x158 ?x159)))
 (let ((?x178 (+ ?x160 ?x177)))
 (let ((?x116 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x179 (* ?x116 ?x178)))
 (let ((?x180 (* |f[2]| ?x179)))
 (let ((?x172 (+ ?x163 ?x171)))
 (let ((?x161 (* 0.0 ?x160)))
 (let ((?x173 (+ ?x161 ?x172)))
 (let ((?x131 (/ (* 1.0 exp!3) exp!1)))
 (let ((?x174 (* ?x131 ?x173)))
 (let ((?x175 (* |f[1]| ?x174)))
 (let ((?x167 (+ ?x164 ?x166)))
 (let ((?x168 (+ ?x161 ?x167)))
 (let ((?x146 (/ (* 1.0 exp!4) exp!1)))
 (let ((?x169 (* ?x146 ?x168)))
 (let ((?x170 (* |f[0]| ?x169)))
 (let ((?x176 (+ ?x170 ?x175)))
 (let ((?x181 (+ ?x176 ?x180)))
 (let ((?x147 (* |f[0]| ?x146)))
 (let ((?x148 (* 0.0 ?x147)))
 (let ((?x155 (/ ?x148 |probs[2]|)))
 (let ((?x149 (- ?x148)))
 (let ((?x150 (- ?x147)))
 (let ((?x151 (+ ?x150 ?x149)))
 (let ((?x152 (+ ?x149 ?x151)))
 (let ((?x153 (/ ?x152 ?x15)))
 (let ((?x132 (* |f[1]| ?x131)))
 (let ((?x133 (* 0.0 ?x132)))
 (let ((?x140 (/ ?x133 |probs[2]|)))
 (let ((?x135 (- ?x132)))
 (let ((?x134 (- ?x133)))
 (let ((?x136 (+ ?x134 ?x135)))
 (let ((?x137 (+ ?x134 ?x136)))
 (let ((?x138 (/ ?x137 ?x15)))
 (let ((?x117 (* |f[2]| ?x116)))
 (let ((?x124 (/ ?x117 |probs[2]|)))
 (let ((?x119 (* 0.0 ?x117)))
 (let ((?x120 (- ?x119)))
 (let ((?x121 (+ ?x120 ?x120)))
 (let ((?x118 (- ?x117)))
 (let ((?x122 (+ ?x118 ?x121)))
 (let ((?x123 (/ ?x122 ?x15)))
 (let ((?x125 (+ ?x123 ?x124)))
 (let ((?x139 (+ ?x125 ?x138)))
 (let ((?x141 (+ ?x139 ?x140)))
 (let ((?x154 (+ ?x141 ?x153)))
 (let ((?x156 (+ ?x154 ?x155)))
 (or (and (distinct ?x156 ?x181) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!56 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!56)))
(assert
 (=> (> (+ |probs[2]| (+ |probs[0]| |probs[1]|)) 0.0) (= exp!1 (+ |probs[2]| (+ |probs[0]| |probs[1]|)))))
(assert
 (= (< log!53 log!56) (< exp!2 exp!1)))
(assert
 (= (< log!56 log!53) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!53 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!53)))
(assert
 (let (($x54 (= exp!2 |probs[2]|)))
 (=> (> |probs[2]| 0.0) $x54)))
(assert
 (= (< log!52 log!56) (< exp!3 exp!1)))
(assert
 (= (< log!56 log!52) (< exp!1 exp!3)))
(assert
 (= (< log!52 log!53) (< exp!3 exp!2)))
(assert
 (= (< log!53 log!52) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!52 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!52)))
(assert
 (let (($x78 (= exp!3 |probs[1]|)))
 (=> (> |probs[1]| 0.0) $x78)))
(assert
 (= (< log!51 log!56) (< exp!4 exp!1)))
(assert
 (= (< log!56 log!51) (< exp!1 exp!4)))
(assert
 (= (< log!51 log!53) (< exp!4 exp!2)))
(assert
 (= (< log!53 log!51) (< exp!2 exp!4)))
(assert
 (= (< log!51 log!52) (< exp!4 exp!3)))
(assert
 (= (< log!52 log!51) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!51 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!51)))
(assert
 (let (($x109 (= exp!4 |probs[0]|)))
(=> (> |probs[0]| 0.0) $x109)))
(check-sat)
(pop 1)
