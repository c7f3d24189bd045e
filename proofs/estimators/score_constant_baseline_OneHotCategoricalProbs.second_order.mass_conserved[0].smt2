; certjax: rule estimators.score_constant_baseline_OneHotCategoricalProbs, obligation 'second_order.mass_conserved[0]', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun |probs[1]| () Real)
(declare-fun |probs[0]| () Real)
(declare-fun |probs[2]| () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!2 () Real)
(declare-fun log!41 () Real)
(declare-fun log!28 () Real)
(declare-fun log!27 () Real)
(declare-fun log!26 () Real)
(assert
 (let (($x11 (< 0.0 |probs[1]|)))
 (let (($x9 (< 0.0 |probs[0]|)))
 (let (($x12 (and $x9 $x11)))
 (let (($x7 (< 0.0 |probs[2]|)))
 (and $x7 $x12))))))
(assert
 (let (($x16 (= 0.0 |probs[2]|)))
 (not $x16)))
(assert
 (let ((?x14 (+ |probs[0]| |probs[1]|)))
 (let ((?x17 (+ |probs[2]| ?x14)))
 (let (($x20 (= 0.0 ?x17)))
 (not $x20)))))
(assert
 (let (($x22 (= 0.0 |probs[1]|)))
 (not $x22)))
(assert
 (let (($x24 (= 0.0 |probs[0]|)))
 (not $x24)))
(assert
 (< 0.0 |probs[2]|))
(assert
 (let ((?x14 (+ |probs[0]| |probs[1]|)))
 (let ((?x17 (+ |probs[2]| ?x14)))
 (< 0.0 ?x17))))
(assert
 (< 0.0 |probs[1]|))
(assert
 (< 0.0 |probs[0]|))
(assert
 (let (($x16 (= 0.0 |probs[2]|)))
 (not $x16)))
(assert
 (let ((?x14 (+ |probs[0]| |probs[1]|)))
 (let ((?x17 (+ |probs[2]| ?x14)))
 (let (($x20 (= 0.0 ?x17)))
 (not $x20)))))
(assert
 (let (($x22 (= 0.0 |probs[1]|)))
 (not $x22)))
(assert
 (let (($x24 (= 0.0 |probs[0]|)))
 (not $x24)))
(assert
 (let (($x22 (= 0.0 |probs[1]|)))
 (not $x22)))
(assert
 (let (($x24 (= 0.0 |probs[0]|)))
 (not $x24)))
(assert
 (let (($x16 (= 0.0 |probs[2]|)))
 (not $x16)))
(assert
 (let ((?x170 (/ (* 1.0 exp!3) exp!1)))
 (let ((?x14 (+ |probs[0]| |probs[1]|)))
 (let ((?x17 (+ |probs[2]| ?x14)))
 (let ((?x136 (/ 1.0 ?x17)))
 (let ((?x137 (- ?x136)))
 (let ((?x142 (/ 1.0 |probs[0]|)))
 (let ((?x143 (+ ?x142 ?x137)))
 (let ((?x144 (* 0.0 ?x143)))
 (let ((?x139 (/ 0.0 |probs[1]|)))
 (let ((?x140 (+ ?x139 ?x137)))
 (let ((?x172 (+ ?x140 ?x144)))
 (let ((?x135 (/ 0.0 |probs[2]|)))
 (let ((?x138 (+ ?x135 ?x137)))
 (let ((?x159 (* 0.0 ?x138)))
 (let ((?x173 (+ ?x159 ?x172)))
 (let ((?x174 (* ?x173 ?x170)))
 (let ((?x175 (* ?x173 ?x174)))
 (let ((?x30 (/ 1.0 (* ?x17 ?x17))))
 (let ((?x37 (* |probs[0]| |probs[0]|)))
 (let ((?x38 (/ 1.0 ?x37)))
 (let ((?x39 (- ?x38)))
 (let ((?x40 (+ ?x39 ?x30)))
 (let ((?x41 (* 0.0 ?x40)))
 (let ((?x32 (* |probs[1]| |probs[1]|)))
 (let ((?x33 (/ 1.0 ?x32)))
 (let ((?x34 (* 0.0 ?x33)))
 (let ((?x35 (+ ?x34 ?x30)))
 (let ((?x165 (+ ?x35 ?x41)))
 (let ((?x25 (* |probs[2]| |probs[2]|)))
 (let ((?x27 (/ 1.0 ?x25)))
 (let ((?x28 (* 0.0 ?x27)))
 (let ((?x31 (+ ?x28 ?x30)))
 (let ((?x150 (* 0.0 ?x31)))
 (let ((?x166 (+ ?x150 ?x165)))
 (let ((?x171 (* ?x166 ?x170)))
 (let ((?x176 (+ ?x171 ?x175)))
 (let ((?x157 (/ (* 1.0 exp!4) exp!1)))
 (let ((?x141 (* 0.0 ?x140)))
 (let ((?x160 (+ ?x143 ?x141)))
 (let ((?x161 (+ ?x159 ?x160)))
 (let ((?x162 (* ?x161 ?x157)))
 (let ((?x163 (* ?x161 ?x162)))
 (let ((?x36 (* 0.0 ?x35)))
 (let ((?x151 (+ ?x40 ?x36)))
 (let ((?x152 (+ ?x150 ?x151)))
 (let ((?x158 (* ?x152 ?x157)))
 (let ((?x164 (+ ?x158 ?x163)))
 (let ((?x177 (+ ?x164 ?x176)))
 (let ((?x133 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x145 (+ ?x141 ?x144)))
 (let ((?x146 (+ ?x138 ?x145)))
 (let ((?x147 (* ?x146 ?x133)))
 (let ((?x148 (* ?x146 ?x147)))
 (let ((?x42 (+ ?x36 ?x41)))
 (let ((?x43 (+ ?x31 ?x42)))
 (let ((?x134 (* ?x43 ?x133)))
 (let ((?x149 (+ ?x134 ?x148)))
 (let ((?x178 (+ ?x149 ?x177)))
 (or (and (distinct 0.0 ?x178) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!41 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!41)))
(assert
 (=> (> (+ |probs[2]| (+ |probs[0]| |probs[1]|)) 0.0) (= exp!1 (+ |probs[2]| (+ |probs[0]| |probs[1]|)))))
(assert
 (= (< log!28 log!41) (< exp!2 exp!1)))
(assert
 (= (< log!41 log!28) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!28 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!28)))
(assert
 (let (($x71 (= exp!2 |probs[2]|)))
 (=> (> |probs[2]| 0.0) $x71)))
(assert
 (= (< log!27 log!41) (< exp!3 exp!1)))
(assert
 (= (< log!41 log!27) (< exp!1 exp!3)))
(assert
 (= (< log!27 log!28) (< exp!3 exp!2)))
(assert
 (= (< log!28 log!27) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!27 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!27)))
(assert
 (let (($x95 (= exp!3 |probs[1]|)))
 (=> (> |probs[1]| 0.0) $x95)))
(assert
 (= (< log!26 log!41) (< exp!4 exp!1)))
(assert
 (= (< log!41 log!26) (< exp!1 exp!4)))
(assert
 (= (< log!26 log!28) (< exp!4 exp!2)))
(assert
 (= (< log!28 log!26) (< exp!2 exp!4)))
(assert
 (= (< log!26 log!27) (< exp!4 exp!3)))
(assert
 (= (< log!27 log!26) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!26 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!26)))
(assert
 (let (($x126 (= exp!4 |probs[0]|)))
(=> (> |probs[0]| 0.0) $x126)))
(check-sat)
(pop 1)
