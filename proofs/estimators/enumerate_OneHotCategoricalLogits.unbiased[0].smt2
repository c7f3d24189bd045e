; certjax: rule estimators.enumerate_OneHotCategoricalLogits, obligation 'unbiased[0]', verdict proved
; 4 negated queries, one per branch region; expected: unsat
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
(declare-fun |f[2]| () Real)
(declare-fun |f[1]| () Real)
(declare-fun |f[0]| () Real)
(declare-fun log!259 () Real)
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
 (let ((?x134 (/ 1.0 ?x57)))
 (let ((?x135 (- ?x134)))
 (let ((?x137 (+ 1.0 ?x135)))
 (let ((?x142 (* 0.0 ?x137)))
 (let ((?x136 (* 0.0 ?x135)))
 (let ((?x148 (+ ?x136 ?x142)))
 (let ((?x149 (+ ?x135 ?x148)))
 (let ((?x98 (/ ?x56 exp!4)))
 (let ((?x150 (* ?x98 ?x149)))
 (let ((?x151 (* |f[2]| ?x150)))
 (let ((?x143 (+ ?x135 ?x142)))
 (let ((?x144 (+ ?x136 ?x143)))
 (let ((?x111 (/ ?x36 exp!4)))
 (let ((?x145 (* ?x111 ?x144)))
 (let ((?x146 (* |f[1]| ?x145)))
 (let ((?x138 (+ ?x136 ?x137)))
 (let ((?x139 (+ ?x136 ?x138)))
 (let ((?x124 (/ 1.0 exp!4)))
 (let ((?x140 (* ?x124 ?x139)))
 (let ((?x141 (* |f[0]| ?x140)))
 (let ((?x147 (+ ?x141 ?x146)))
 (let ((?x152 (+ ?x147 ?x151)))
 (let ((?x125 (* |f[0]| ?x124)))
 (let ((?x128 (- ?x125)))
 (let ((?x126 (* 0.0 ?x125)))
 (let ((?x127 (- ?x126)))
 (let ((?x129 (+ ?x127 ?x128)))
 (let ((?x130 (+ ?x127 ?x129)))
 (let ((?x131 (/ ?x130 ?x57)))
 (let ((?x132 (+ ?x125 ?x131)))
 (let ((?x112 (* |f[1]| ?x111)))
 (let ((?x115 (- ?x112)))
 (let ((?x113 (* 0.0 ?x112)))
 (let ((?x114 (- ?x113)))
 (let ((?x116 (+ ?x114 ?x115)))
 (let ((?x117 (+ ?x114 ?x116)))
 (let ((?x118 (/ ?x117 ?x57)))
 (let ((?x119 (+ ?x113 ?x118)))
 (let ((?x99 (* |f[2]| ?x98)))
 (let ((?x100 (* 0.0 ?x99)))
 (let ((?x102 (- ?x100)))
 (let ((?x103 (+ ?x102 ?x102)))
 (let ((?x101 (- ?x99)))
 (let ((?x104 (+ ?x101 ?x103)))
 (let ((?x105 (/ ?x104 ?x57)))
 (let ((?x106 (+ ?x100 ?x105)))
 (let ((?x120 (+ ?x106 ?x119)))
 (let ((?x133 (+ ?x120 ?x132)))
 (or (and (distinct ?x133 ?x152) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!259 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!259) (< exp!1 exp!4)))
(assert
 (= (< log!259 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!259) (< exp!2 exp!4)))
(assert
 (= (< log!259 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!259) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!259 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!259)))
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
(declare-fun |f[2]| () Real)
(declare-fun |f[1]| () Real)
(declare-fun |f[0]| () Real)
(declare-fun exp!4 () Real)
(declare-fun log!259 () Real)
(declare-fun log!382 () Real)
(assert
 true)
(assert
 (< |logits[1]| |logits[0]|))
(assert
 (< |logits[0]| |logits[2]|))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x397 (/ ?x9 exp!3)))
 (let ((?x157 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x420 (+ ?x157 ?x397)))
 (let ((?x435 (+ 1.0 ?x420)))
 (< 0.0 ?x435)))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x397 (/ ?x9 exp!3)))
 (let ((?x157 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x420 (+ ?x157 ?x397)))
 (let ((?x435 (+ 1.0 ?x420)))
 (let (($x174 (= 0.0 ?x435)))
 (not $x174))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x397 (/ ?x9 exp!3)))
 (let ((?x157 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x420 (+ ?x157 ?x397)))
 (let ((?x435 (+ 1.0 ?x420)))
 (let (($x174 (= 0.0 ?x435)))
 (not $x174))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x397 (/ ?x9 exp!3)))
 (let ((?x157 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x420 (+ ?x157 ?x397)))
 (let ((?x435 (+ 1.0 ?x420)))
 (let (($x174 (= 0.0 ?x435)))
 (not $x174))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x397 (/ ?x9 exp!3)))
 (let ((?x157 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x420 (+ ?x157 ?x397)))
 (let ((?x435 (+ 1.0 ?x420)))
 (< 0.0 ?x435)))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x397 (/ ?x9 exp!3)))
 (let ((?x157 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x420 (+ ?x157 ?x397)))
 (let ((?x435 (+ 1.0 ?x420)))
 (let (($x174 (= 0.0 ?x435)))
 (not $x174))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x397 (/ ?x9 exp!3)))
 (let ((?x157 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x420 (+ ?x157 ?x397)))
 (let ((?x435 (+ 1.0 ?x420)))
 (let (($x174 (= 0.0 ?x435)))
 (not $x174))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x397 (/ ?x9 exp!3)))
 (let ((?x157 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x420 (+ ?x157 ?x397)))
 (let ((?x435 (+ 1.0 ?x420)))
 (let (($x174 (= 0.0 ?x435)))
 (not $x174))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x397 (/ ?x9 exp!3)))
 (let ((?x157 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x420 (+ ?x157 ?x397)))
 (let ((?x435 (+ 1.0 ?x420)))
 (let (($x174 (= 0.0 ?x435)))
 (not $x174))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x397 (/ ?x9 exp!3)))
 (let ((?x157 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x420 (+ ?x157 ?x397)))
 (let ((?x435 (+ 1.0 ?x420)))
 (let ((?x224 (/ ?x157 ?x435)))
 (let ((?x175 (- ?x224)))
 (let ((?x250 (+ 1.0 ?x175)))
 (let ((?x342 (* 0.0 ?x250)))
 (let ((?x176 (* 0.0 ?x175)))
 (let ((?x262 (+ ?x176 ?x342)))
 (let ((?x259 (+ ?x175 ?x262)))
 (let ((?x280 (/ 1.0 exp!5)))
 (let ((?x260 (* ?x280 ?x259)))
 (let ((?x321 (* |f[2]| ?x260)))
 (let ((?x343 (+ ?x175 ?x342)))
 (let ((?x344 (+ ?x176 ?x343)))
 (let ((?x221 (/ ?x397 exp!5)))
 (let ((?x340 (* ?x221 ?x344)))
 (let ((?x341 (* |f[1]| ?x340)))
 (let ((?x254 (+ ?x176 ?x250)))
 (let ((?x255 (+ ?x176 ?x254)))
 (let ((?x377 (/ ?x157 exp!5)))
 (let ((?x256 (* ?x377 ?x255)))
 (let ((?x258 (* |f[0]| ?x256)))
 (let ((?x261 (+ ?x258 ?x341)))
 (let ((?x333 (+ ?x261 ?x321)))
 (let ((?x379 (* |f[0]| ?x377)))
 (let ((?x181 (- ?x379)))
 (let ((?x210 (* 0.0 ?x379)))
 (let ((?x211 (- ?x210)))
 (let ((?x182 (+ ?x211 ?x181)))
 (let ((?x183 (+ ?x211 ?x182)))
 (let ((?x184 (/ ?x183 ?x435)))
 (let ((?x266 (* ?x157 ?x184)))
 (let ((?x267 (+ ?x379 ?x266)))
 (let ((?x200 (* |f[1]| ?x221)))
 (let ((?x196 (- ?x200)))
 (let ((?x225 (* 0.0 ?x200)))
 (let ((?x226 (- ?x225)))
 (let ((?x230 (+ ?x226 ?x196)))
 (let ((?x231 (+ ?x226 ?x230)))
 (let ((?x232 (/ ?x231 ?x435)))
 (let ((?x320 (* ?x157 ?x232)))
 (let ((?x362 (+ ?x225 ?x320)))
 (let ((?x281 (* |f[2]| ?x280)))
 (let ((?x291 (* 0.0 ?x281)))
 (let ((?x289 (- ?x291)))
 (let ((?x290 (+ ?x289 ?x289)))
 (let ((?x292 (- ?x281)))
 (let ((?x185 (+ ?x292 ?x290)))
 (let ((?x186 (/ ?x185 ?x435)))
 (let ((?x191 (* ?x157 ?x186)))
 (let ((?x194 (+ ?x291 ?x191)))
 (let ((?x373 (+ ?x194 ?x362)))
 (let ((?x223 (+ ?x373 ?x267)))
 (or (and (distinct ?x223 ?x333) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!259 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!259) (< exp!1 exp!4)))
(assert
 (= (< log!259 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!259) (< exp!2 exp!4)))
(assert
 (= (< log!259 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!259) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!259 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!259)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57))))))))
(assert
 (= (< log!382 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!382) (< exp!1 exp!5)))
(assert
 (= (< log!382 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!382) (< exp!2 exp!5)))
(assert
 (= (< log!382 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!382) (< exp!3 exp!5)))
(assert
 (= (< log!382 log!259) (< exp!5 exp!4)))
(assert
 (= (< log!259 log!382) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!382 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!382)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
(let ((?x397 (/ ?x9 exp!3)))
(let ((?x157 (/ (* 1.0 exp!2) exp!3)))
(let ((?x420 (+ ?x157 ?x397)))
(let ((?x435 (+ 1.0 ?x420)))
(=> (> ?x435 0.0) (= exp!5 ?x435))))))))
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
(declare-fun |f[2]| () Real)
(declare-fun |f[1]| () Real)
(declare-fun |f[0]| () Real)
(declare-fun exp!4 () Real)
(declare-fun log!259 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!382 () Real)
(declare-fun log!507 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[2]| |logits[1]|))
(assert
 (let ((?x640 (* 1.0 exp!2)))
 (let ((?x206 (/ ?x640 exp!1)))
 (let ((?x252 (+ 1.0 ?x206)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x540 (/ ?x55 exp!1)))
 (let ((?x345 (+ ?x540 ?x252)))
 (< 0.0 ?x345))))))))
(assert
 (let ((?x640 (* 1.0 exp!2)))
 (let ((?x206 (/ ?x640 exp!1)))
 (let ((?x252 (+ 1.0 ?x206)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x540 (/ ?x55 exp!1)))
 (let ((?x345 (+ ?x540 ?x252)))
 (let (($x272 (= 0.0 ?x345)))
 (not $x272)))))))))
(assert
 (let ((?x640 (* 1.0 exp!2)))
 (let ((?x206 (/ ?x640 exp!1)))
 (let ((?x252 (+ 1.0 ?x206)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x540 (/ ?x55 exp!1)))
 (let ((?x345 (+ ?x540 ?x252)))
 (let (($x272 (= 0.0 ?x345)))
 (not $x272)))))))))
(assert
 (let ((?x640 (* 1.0 exp!2)))
 (let ((?x206 (/ ?x640 exp!1)))
 (let ((?x252 (+ 1.0 ?x206)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x540 (/ ?x55 exp!1)))
 (let ((?x345 (+ ?x540 ?x252)))
 (let (($x272 (= 0.0 ?x345)))
 (not $x272)))))))))
(assert
 (let ((?x640 (* 1.0 exp!2)))
 (let ((?x206 (/ ?x640 exp!1)))
 (let ((?x252 (+ 1.0 ?x206)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x540 (/ ?x55 exp!1)))
 (let ((?x345 (+ ?x540 ?x252)))
 (< 0.0 ?x345))))))))
(assert
 (let ((?x640 (* 1.0 exp!2)))
 (let ((?x206 (/ ?x640 exp!1)))
 (let ((?x252 (+ 1.0 ?x206)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x540 (/ ?x55 exp!1)))
 (let ((?x345 (+ ?x540 ?x252)))
 (let (($x272 (= 0.0 ?x345)))
 (not $x272)))))))))
(assert
 (let ((?x640 (* 1.0 exp!2)))
 (let ((?x206 (/ ?x640 exp!1)))
 (let ((?x252 (+ 1.0 ?x206)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x540 (/ ?x55 exp!1)))
 (let ((?x345 (+ ?x540 ?x252)))
 (let (($x272 (= 0.0 ?x345)))
 (not $x272)))))))))
(assert
 (let ((?x640 (* 1.0 exp!2)))
 (let ((?x206 (/ ?x640 exp!1)))
 (let ((?x252 (+ 1.0 ?x206)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x540 (/ ?x55 exp!1)))
 (let ((?x345 (+ ?x540 ?x252)))
 (let (($x272 (= 0.0 ?x345)))
 (not $x272)))))))))
(assert
 (let ((?x640 (* 1.0 exp!2)))
 (let ((?x206 (/ ?x640 exp!1)))
 (let ((?x252 (+ 1.0 ?x206)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x540 (/ ?x55 exp!1)))
 (let ((?x345 (+ ?x540 ?x252)))
 (let (($x272 (= 0.0 ?x345)))
 (not $x272)))))))))
(assert
 (let ((?x640 (* 1.0 exp!2)))
 (let ((?x206 (/ ?x640 exp!1)))
 (let ((?x252 (+ 1.0 ?x206)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x540 (/ ?x55 exp!1)))
 (let ((?x345 (+ ?x540 ?x252)))
 (let ((?x765 (/ ?x206 ?x345)))
 (let ((?x475 (- ?x765)))
 (let ((?x551 (+ 1.0 ?x475)))
 (let ((?x366 (* 0.0 ?x551)))
 (let ((?x735 (* 0.0 ?x475)))
 (let ((?x313 (+ ?x735 ?x366)))
 (let ((?x673 (+ ?x475 ?x313)))
 (let ((?x712 (/ ?x540 exp!6)))
 (let ((?x953 (* ?x712 ?x673)))
 (let ((?x961 (* |f[2]| ?x953)))
 (let ((?x271 (+ ?x475 ?x366)))
 (let ((?x542 (+ ?x735 ?x271)))
 (let ((?x445 (/ 1.0 exp!6)))
 (let ((?x246 (* ?x445 ?x542)))
 (let ((?x369 (* |f[1]| ?x246)))
 (let ((?x441 (+ ?x735 ?x551)))
 (let ((?x613 (+ ?x735 ?x441)))
 (let ((?x432 (/ ?x206 exp!6)))
 (let ((?x208 (* ?x432 ?x613)))
 (let ((?x456 (* |f[0]| ?x208)))
 (let ((?x179 (+ ?x456 ?x369)))
 (let ((?x190 (+ ?x179 ?x961)))
 (let ((?x962 (* |f[0]| ?x432)))
 (let ((?x944 (- ?x962)))
 (let ((?x559 (* 0.0 ?x962)))
 (let ((?x222 (- ?x559)))
 (let ((?x568 (+ ?x222 ?x944)))
 (let ((?x733 (+ ?x222 ?x568)))
 (let ((?x557 (/ ?x733 ?x345)))
 (let ((?x407 (* ?x206 ?x557)))
 (let ((?x949 (+ ?x962 ?x407)))
 (let ((?x581 (* |f[1]| ?x445)))
 (let ((?x257 (- ?x581)))
 (let ((?x702 (* 0.0 ?x581)))
 (let ((?x274 (- ?x702)))
 (let ((?x968 (+ ?x274 ?x257)))
 (let ((?x768 (+ ?x274 ?x968)))
 (let ((?x169 (/ ?x768 ?x345)))
 (let ((?x746 (* ?x206 ?x169)))
 (let ((?x596 (+ ?x702 ?x746)))
 (let ((?x725 (* |f[2]| ?x712)))
 (let ((?x304 (* 0.0 ?x725)))
 (let ((?x283 (- ?x304)))
 (let ((?x212 (+ ?x283 ?x283)))
 (let ((?x485 (- ?x725)))
 (let ((?x722 (+ ?x485 ?x212)))
 (let ((?x757 (/ ?x722 ?x345)))
 (let ((?x967 (* ?x206 ?x757)))
 (let ((?x168 (+ ?x304 ?x967)))
 (let ((?x958 (+ ?x168 ?x596)))
 (let ((?x616 (+ ?x958 ?x949)))
 (or (and (distinct ?x616 ?x190) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!259 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!259) (< exp!1 exp!4)))
(assert
 (= (< log!259 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!259) (< exp!2 exp!4)))
(assert
 (= (< log!259 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!259) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!259 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!259)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!382 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!382) (< exp!1 exp!5)))
(assert
 (= (< log!382 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!382) (< exp!2 exp!5)))
(assert
 (= (< log!382 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!382) (< exp!3 exp!5)))
(assert
 (= (< log!382 log!259) (< exp!5 exp!4)))
(assert
 (= (< log!259 log!382) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!382 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!382)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x397 (/ ?x9 exp!3)))
 (let ((?x640 (* 1.0 exp!2)))
 (let ((?x157 (/ ?x640 exp!3)))
 (let ((?x420 (+ ?x157 ?x397)))
 (let ((?x435 (+ 1.0 ?x420)))
 (=> (> ?x435 0.0) (= exp!5 ?x435)))))))))
(assert
 (= (< log!507 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!507) (< exp!1 exp!6)))
(assert
 (= (< log!507 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!507) (< exp!2 exp!6)))
(assert
 (= (< log!507 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!507) (< exp!3 exp!6)))
(assert
 (= (< log!507 log!259) (< exp!6 exp!4)))
(assert
 (= (< log!259 log!507) (< exp!4 exp!6)))
(assert
 (= (< log!507 log!382) (< exp!6 exp!5)))
(assert
 (= (< log!382 log!507) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!507 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!507)))
(assert
 (let ((?x640 (* 1.0 exp!2)))
(let ((?x206 (/ ?x640 exp!1)))
(let ((?x252 (+ 1.0 ?x206)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x540 (/ ?x55 exp!1)))
(let ((?x345 (+ ?x540 ?x252)))
(=> (> ?x345 0.0) (= exp!6 ?x345)))))))))
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
(declare-fun |f[2]| () Real)
(declare-fun |f[1]| () Real)
(declare-fun |f[0]| () Real)
(declare-fun exp!4 () Real)
(declare-fun log!259 () Real)
(declare-fun log!382 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!507 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[1]| |logits[2]|))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x397 (/ ?x9 exp!3)))
 (let ((?x640 (* 1.0 exp!2)))
 (let ((?x157 (/ ?x640 exp!3)))
 (let ((?x420 (+ ?x157 ?x397)))
 (let ((?x435 (+ 1.0 ?x420)))
 (< 0.0 ?x435))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x397 (/ ?x9 exp!3)))
 (let ((?x640 (* 1.0 exp!2)))
 (let ((?x157 (/ ?x640 exp!3)))
 (let ((?x420 (+ ?x157 ?x397)))
 (let ((?x435 (+ 1.0 ?x420)))
 (let (($x174 (= 0.0 ?x435)))
 (not $x174)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x397 (/ ?x9 exp!3)))
 (let ((?x640 (* 1.0 exp!2)))
 (let ((?x157 (/ ?x640 exp!3)))
 (let ((?x420 (+ ?x157 ?x397)))
 (let ((?x435 (+ 1.0 ?x420)))
 (let (($x174 (= 0.0 ?x435)))
 (not $x174)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x397 (/ ?x9 exp!3)))
 (let ((?x640 (* 1.0 exp!2)))
 (let ((?x157 (/ ?x640 exp!3)))
 (let ((?x420 (+ ?x157 ?x397)))
 (let ((?x435 (+ 1.0 ?x420)))
 (let (($x174 (= 0.0 ?x435)))
 (not $x174)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x397 (/ ?x9 exp!3)))
 (let ((?x640 (* 1.0 exp!2)))
 (let ((?x157 (/ ?x640 exp!3)))
 (let ((?x420 (+ ?x157 ?x397)))
 (let ((?x435 (+ 1.0 ?x420)))
 (< 0.0 ?x435))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x397 (/ ?x9 exp!3)))
 (let ((?x640 (* 1.0 exp!2)))
 (let ((?x157 (/ ?x640 exp!3)))
 (let ((?x420 (+ ?x157 ?x397)))
 (let ((?x435 (+ 1.0 ?x420)))
 (let (($x174 (= 0.0 ?x435)))
 (not $x174)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x397 (/ ?x9 exp!3)))
 (let ((?x640 (* 1.0 exp!2)))
 (let ((?x157 (/ ?x640 exp!3)))
 (let ((?x420 (+ ?x157 ?x397)))
 (let ((?x435 (+ 1.0 ?x420)))
 (let (($x174 (= 0.0 ?x435)))
 (not $x174)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x397 (/ ?x9 exp!3)))
 (let ((?x640 (* 1.0 exp!2)))
 (let ((?x157 (/ ?x640 exp!3)))
 (let ((?x420 (+ ?x157 ?x397)))
 (let ((?x435 (+ 1.0 ?x420)))
 (let (($x174 (= 0.0 ?x435)))
 (not $x174)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x397 (/ ?x9 exp!3)))
 (let ((?x640 (* 1.0 exp!2)))
 (let ((?x157 (/ ?x640 exp!3)))
 (let ((?x420 (+ ?x157 ?x397)))
 (let ((?x435 (+ 1.0 ?x420)))
 (let (($x174 (= 0.0 ?x435)))
 (not $x174)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x397 (/ ?x9 exp!3)))
 (let ((?x640 (* 1.0 exp!2)))
 (let ((?x157 (/ ?x640 exp!3)))
 (let ((?x420 (+ ?x157 ?x397)))
 (let ((?x435 (+ 1.0 ?x420)))
 (let ((?x224 (/ ?x157 ?x435)))
 (let ((?x175 (- ?x224)))
 (let ((?x250 (+ 1.0 ?x175)))
 (let ((?x342 (* 0.0 ?x250)))
 (let ((?x176 (* 0.0 ?x175)))
 (let ((?x262 (+ ?x176 ?x342)))
 (let ((?x259 (+ ?x175 ?x262)))
 (let ((?x280 (/ 1.0 exp!5)))
 (let ((?x260 (* ?x280 ?x259)))
 (let ((?x321 (* |f[2]| ?x260)))
 (let ((?x343 (+ ?x175 ?x342)))
 (let ((?x344 (+ ?x176 ?x343)))
 (let ((?x221 (/ ?x397 exp!5)))
 (let ((?x340 (* ?x221 ?x344)))
 (let ((?x341 (* |f[1]| ?x340)))
 (let ((?x254 (+ ?x176 ?x250)))
 (let ((?x255 (+ ?x176 ?x254)))
 (let ((?x377 (/ ?x157 exp!5)))
 (let ((?x256 (* ?x377 ?x255)))
 (let ((?x258 (* |f[0]| ?x256)))
 (let ((?x261 (+ ?x258 ?x341)))
 (let ((?x333 (+ ?x261 ?x321)))
 (let ((?x379 (* |f[0]| ?x377)))
 (let ((?x181 (- ?x379)))
 (let ((?x210 (* 0.0 ?x379)))
 (let ((?x211 (- ?x210)))
 (let ((?x182 (+ ?x211 ?x181)))
 (let ((?x183 (+ ?x211 ?x182)))
 (let ((?x184 (/ ?x183 ?x435)))
 (let ((?x266 (* ?x157 ?x184)))
 (let ((?x267 (+ ?x379 ?x266)))
 (let ((?x200 (* |f[1]| ?x221)))
 (let ((?x196 (- ?x200)))
 (let ((?x225 (* 0.0 ?x200)))
 (let ((?x226 (- ?x225)))
 (let ((?x230 (+ ?x226 ?x196)))
 (let ((?x231 (+ ?x226 ?x230)))
 (let ((?x232 (/ ?x231 ?x435)))
 (let ((?x320 (* ?x157 ?x232)))
 (let ((?x362 (+ ?x225 ?x320)))
 (let ((?x281 (* |f[2]| ?x280)))
 (let ((?x291 (* 0.0 ?x281)))
 (let ((?x289 (- ?x291)))
 (let ((?x290 (+ ?x289 ?x289)))
 (let ((?x292 (- ?x281)))
 (let ((?x185 (+ ?x292 ?x290)))
 (let ((?x186 (/ ?x185 ?x435)))
 (let ((?x191 (* ?x157 ?x186)))
 (let ((?x194 (+ ?x291 ?x191)))
 (let ((?x373 (+ ?x194 ?x362)))
 (let ((?x223 (+ ?x373 ?x267)))
 (or (and (distinct ?x223 ?x333) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!259 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!259) (< exp!1 exp!4)))
(assert
 (= (< log!259 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!259) (< exp!2 exp!4)))
(assert
 (= (< log!259 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!259) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!259 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!259)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!382 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!382) (< exp!1 exp!5)))
(assert
 (= (< log!382 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!382) (< exp!2 exp!5)))
(assert
 (= (< log!382 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!382) (< exp!3 exp!5)))
(assert
 (= (< log!382 log!259) (< exp!5 exp!4)))
(assert
 (= (< log!259 log!382) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!382 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!382)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x397 (/ ?x9 exp!3)))
 (let ((?x640 (* 1.0 exp!2)))
 (let ((?x157 (/ ?x640 exp!3)))
 (let ((?x420 (+ ?x157 ?x397)))
 (let ((?x435 (+ 1.0 ?x420)))
 (=> (> ?x435 0.0) (= exp!5 ?x435)))))))))
(assert
 (= (< log!507 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!507) (< exp!1 exp!6)))
(assert
 (= (< log!507 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!507) (< exp!2 exp!6)))
(assert
 (= (< log!507 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!507) (< exp!3 exp!6)))
(assert
 (= (< log!507 log!259) (< exp!6 exp!4)))
(assert
 (= (< log!259 log!507) (< exp!4 exp!6)))
(assert
 (= (< log!507 log!382) (< exp!6 exp!5)))
(assert
 (= (< log!382 log!507) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!507 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!507)))
(assert
 (let ((?x640 (* 1.0 exp!2)))
(let ((?x206 (/ ?x640 exp!1)))
(let ((?x252 (+ 1.0 ?x206)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x540 (/ ?x55 exp!1)))
(let ((?x345 (+ ?x540 ?x252)))
(=> (> ?x345 0.0) (= exp!6 ?x345)))))))))
(check-sat)
(pop 1)
